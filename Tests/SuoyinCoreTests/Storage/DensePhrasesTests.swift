import Foundation
import GRDB
import Testing
@testable import SuoyinCore

/// Dense phrases' frequencies, two bits a passage, equal FTS5's counts; an
/// `AND` that takes them from memory ranks exactly as `bm25()`.
@Suite("dense phrases", .serialized)
struct DensePhrasesTests {
    @Test("frequencies of 0, 1, 2 fit the bits; 3 or more go to the exceptions")
    func packing() throws {
        let pairs: [(id: Int64, frequency: Int)] = [(0, 0), (1, 1), (2, 5), (4, 2), (6, 3), (9, 300)]
        let frequencies = DenseFrequencies(pairs, passages: 10)
        #expect((0..<10).map { frequencies.frequency(of: Int64($0)) } == [0, 1, 5, 0, 2, 0, 3, 0, 0, 300])
        #expect(frequencies.frequency(of: -1) == 0 && frequencies.frequency(of: 10) == 0)
        #expect(frequencies.exceptions == [2: 5, 6: 3, 9: 300])
        let decoded = try #require(DenseFrequencies(packed: Data(frequencies.packed),
                                                    exceptions: frequencies.encodedExceptions))
        #expect(decoded == frequencies)
        #expect(DenseFrequencies(packed: Data([1]), exceptions: Data([0x05, 0x01])) == nil)  // a frequency under 3
        #expect(DenseFrequencies(packed: Data([1]), exceptions: Data([0x80])) == nil)        // a cut varint
    }

    @Test("each occurrence in a range, ascending, past bytes of zeros and beyond the end")
    func occurrencesInRange() {
        let pairs: [(id: Int64, frequency: Int)] = [(1, 1), (2, 5), (12, 2), (13, 1), (19, 4)]
        let frequencies = DenseFrequencies(pairs, passages: 20)
        func occurrences(_ range: ClosedRange<Int64>) -> [String] {
            var found: [String] = []
            frequencies.forEachOccurrence(in: range) { found.append("\($0):\($1)") }
            return found
        }
        #expect(occurrences(0...19) == ["1:1", "2:5", "12:2", "13:1", "19:4"])
        #expect(occurrences(2...12) == ["2:5", "12:2"])
        #expect(occurrences(3...11) == [])
        #expect(occurrences(13...Int64.max) == ["13:1", "19:4"])
        #expect(occurrences(-5...1) == ["1:1"])
        #expect(occurrences(20...30) == [])
    }

    @Test("every dense phrase's frequency in every passage equals FTS5's instance count")
    func sameAsFTS5() throws {
        let corpus = try CorpusIndex.shared(listsCurrent: true)
        try corpus.database.read("test") { db in
            let rows = try IndexTotals(db).rows
            let phrases = try Data.fetchAll(db, sql: "SELECT phrase FROM dense_frequencies")
            #expect(phrases.count >= 5)
            for key in phrases {
                let text = String(decoding: key, as: UTF8.self)
                let phrase = try #require(QueryPhrase(text))
                #expect(text.unicodeScalars.count >= 2)
                #expect(try Int.fetchOne(db, sql: "SELECT df FROM phrase_lists WHERE phrase = ?", arguments: [key])!
                        >= rows / DensePhrases.share)
                let frequencies = try #require(try DensePhrases.frequencies(db, of: phrase))
                var expected: [Int64: Int] = [:]
                for row in try Row.fetchAll(db, sql: """
                    SELECT rowid, \(PhraseFrequencyFunction.name)(passages_fts) AS f FROM passages_fts
                    WHERE passages_fts MATCH ?
                    """, arguments: [phrase.matchExpression]) {
                    expected[row["rowid"]] = PhraseFrequencyFunction.counts(in: row["f"], phraseCount: 1)[0]
                }
                for id in try Int64.fetchAll(db, sql: "SELECT id FROM passages") {
                    #expect(frequencies.frequency(of: id) == expected[id] ?? 0, "\(text) in \(id)")
                }
            }
        }
    }

    @Test("AND with dense phrases ranks exactly as bm25(), with the lists current or stale",
          arguments: ["法治 督察", "政府 法治", "法治 政府 -建设", "法治 (督察 OR 复议)", "的 法治"])
    func andQueries(query text: String) throws {
        let corpus = try CorpusIndex.shared(listsCurrent: true)
        let query = try QueryParser.parse(text, scope: .passage)
        let dense = try corpus.database.read("test") { db in
            try query.groups.filter { $0.count == 1 }.contains { try DensePhrases.frequencies(db, of: $0[0]) != nil }
        }
        #expect(dense, "'\(text)' should have a dense group")
        // The plan takes one of them from memory, and FTS5 still gets a group to run on.
        let evaluation = try corpus.database.read("test") { try QueryPlan($0, query: query, count: 10).evaluation }
        #expect(evaluation.terms.contains { if case .dense = $0.source { true } else { false } })
        #expect(!evaluation.driving.isEmpty)
        let expected = try corpus.fts5Ranking(query)
        #expect(try corpus.search(query, limit: 0) == expected)
        #expect(try corpus.search(query, limit: 10) == Array(expected.prefix(10)))
        let stale = try CorpusIndex.shared(listsCurrent: false)
        #expect(try stale.search(query, limit: 10) == Array(try stale.fts5Ranking(query).prefix(10)))
    }

    @Test("an excluded dense phrase is looked up in memory, not put under NOT, and ranks and counts exactly as FTS5",
          arguments: ["督察 -法治", "法治 督察 -政府", "(督察 OR 复议) NOT 法治"])
    func excludedQueries(query text: String) throws {
        let corpus = try CorpusIndex.shared(listsCurrent: true)
        let query = try QueryParser.parse(text, scope: .passage)
        let evaluation = try corpus.database.read("test") { try QueryPlan($0, query: query, count: nil).evaluation }
        #expect(evaluation.terms.contains { if case .absentDense = $0.source { true } else { false } })
        #expect(!evaluation.expression.contains("NOT"))
        let expected = try corpus.fts5Ranking(query)
        #expect(try corpus.search(query, limit: 0) == expected)
        #expect(try corpus.search(query, limit: 10) == Array(expected.prefix(10)))
        #expect(try Searcher(database: corpus.database).count(query).passages == expected.count)
    }
}
