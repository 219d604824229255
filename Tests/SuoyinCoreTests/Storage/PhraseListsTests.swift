import Foundation
import GRDB
import Testing
@testable import SuoyinCore

/// The phrase lists of the Corpus (threshold 3) hold exactly what their
/// definition says, recounted by brute force: every Han phrase in at least
/// 3 passages, its document frequency as FTS5 counts it, and for each
/// frequency the first 16 passages by length, path, line and column.
@Suite("phrase lists")
struct PhraseListsTests {
    @Test("a sample of entries equals the brute-force recount, and each df equals FTS5's count")
    func sampledEntries() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let brute = try BruteForcePhrases(index)
        let stored = try index.storedLists()
        let mostFrequent = stored.indices.sorted { stored[$0].df > stored[$1].df }.prefix(20)
        let sample = Set(Swift.stride(from: 0, to: stored.count, by: 50)).union(mostFrequent).sorted().map { stored[$0] }
        #expect(sample.count > 100)
        for (phrase, df, entry) in sample {
            let query = try #require(QueryPhrase(phrase))
            #expect(df == (try index.fts5Count(query.matchExpression)), "\(phrase)")
            #expect(entry == brute.entry(of: query), "\(phrase)")
        }
        // The sample has cut buckets, phrases of one character and of several.
        #expect(sample.contains { $0.entry?.buckets.contains(where: \.isCut) == true })
        #expect(sample.contains { $0.phrase.unicodeScalars.count == 1 })
        #expect(sample.contains { $0.phrase.unicodeScalars.count >= 4 })
    }

    @Test("the 法 entry, whose buckets are cut at 16")
    func oneCharacterEntry() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let query = try #require(QueryPhrase("法"))
        let entry = try index.database.read("test") { db in try PhraseLists.entry(db, key: Data("法".utf8)) }
        #expect(entry == (try BruteForcePhrases(index).entry(of: query)))
        //                       frequency: total kept
        #expect(entry?.buckets.prefix(4).map { "\($0.frequency): \($0.total) \($0.passages.count)" } == [
            "1: 53 16", "2: 23 16", "3: 11 11", "4: 17 16",
        ])
        #expect(entry?.documentFrequency == 177)
    }

    @Test("the list key of a query phrase", arguments: [
        ("法", "法"),                  // one character, matched as a prefix
        ("政府", "政府"),              // a bigram
        ("法治政府", "法治政府"),      // a chain of bigrams
        ("建設", "建设"),              // folded: traditional to simplified
        ("依法治國", "依法治国"),
        ("ＧＤＰ增長", nil),          // a word and a run
        ("カナ", "カナ"),              // kana are CJK characters
        ("法治，政府", nil),          // punctuation inside
        ("法治 政府", nil),           // a space inside one phrase
        ("2022年", nil),              // a word before the character
        ("法治abc", nil),             // a word after the run
        ("GDP", nil),                 // no Han at all
    ] as [(String, String?)])
    func key(source: String, key: String?) throws {
        let phrase = try #require(QueryPhrase(source))
        #expect(PhraseLists.key(of: phrase) == key.map { Data($0.utf8) })
    }

    @Test("exactly the Han phrases in at least 3 passages are stored, each with its true df")
    func completeness() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let stored = Dictionary(uniqueKeysWithValues: try index.storedLists().map { ($0.phrase, $0.df) })
        let counted = try BruteForcePhrases(index).documentFrequencies(maximumLength: PhraseCandidates.maximumLength)
        let frequent = counted.filter { $0.value >= CorpusIndex.threshold }
        #expect(stored.values.allSatisfy { $0 >= CorpusIndex.threshold })
        #expect(Set(frequent.keys).subtracting(stored.keys).sorted() == [], "frequent but not stored")
        #expect(Set(stored.keys).subtracting(frequent.keys).sorted() == [], "stored but not frequent")
        #expect(stored.filter { counted[$0.key] != $0.value }.keys.sorted() == [], "wrong df")
        #expect(stored.count == 4558)
        // Up to 4 characters nothing is missed, whatever the maximum length.
        #expect(frequent.keys.filter { $0.unicodeScalars.count <= 4 }.allSatisfy { stored[$0] != nil })
        #expect(try index.storedLists().allSatisfy { $0.entry != nil })
    }

    @Test("an indexing run rebuilds the lists its writes made stale")
    func rebuiltAfterWrite() throws {
        let index = try CorpusIndex()
        defer { index.remove() }
        let extra = index.folder.appendingPathComponent("extra.txt")
        try Data("政府政府政府。\n".utf8).write(to: extra)
        try index.index([extra.path])
        #expect(try index.database.read("test") { try PhraseLists.isCurrent($0) })

        let query = try QueryParser.parse("政府", scope: .passage)
        let entry = try index.database.read("test") { try PhraseLists.entry($0, key: Data("政府".utf8)) }
        #expect(entry == (try BruteForcePhrases(index).entry(of: query.groups[0][0])))
        #expect(entry?.documentFrequency == 98)
        let expected = try index.fts5Ranking(query)
        #expect(try index.search(query, limit: 10) == Array(expected.prefix(10)))
        #expect(expected.first?.citation == "\(extra.path):1:1")
    }

    @Test("a write marks the lists stale in its own transaction")
    func invalidation() throws {
        let index = try CorpusIndex()
        defer { index.remove() }
        let inside = try index.database.write("test") { db -> Bool in
            try PhraseLists.invalidate(db)
            return try PhraseLists.isCurrent(db)
        }
        #expect(!inside)
        #expect(try !index.database.read("test") { try PhraseLists.isCurrent($0) })
    }

    @Test("passages written while the lists are stale are ranked, not hidden by the old lists")
    func staleListsAreNotUsed() throws {
        let index = try CorpusIndex()
        defer { index.remove() }
        let path = index.folder.appendingPathComponent("extra.txt").path
        try Data("政府政府政府。\n".utf8).write(to: URL(fileURLWithPath: path))
        // The writer alone, without the indexer's rebuild at the end of a run, after the lists were
        // marked stale (a batch keeps current lists current, but does not make stale ones current).
        let status = try #require(FileStatus(path: path))
        let loaded = try DocumentLoader().load(SourceFile(path: path, absolutePath: path), status: status, knownHash: nil)
        let document = try #require(loaded)
        try index.invalidateLists()
        try DocumentWriter(database: index.database).write([document])
        #expect(try !index.database.read("test") { try PhraseLists.isCurrent($0) })

        for source in ["政府", "政府 政府", "法", "府"] {
            let query = try QueryParser.parse(source, scope: .passage)
            let expected = try index.fts5Ranking(query)
            #expect(try index.search(query, limit: 10) == Array(expected.prefix(10)), "\(source)")
        }
        #expect(try index.search(QueryParser.parse("政府", scope: .passage), limit: 1).first?.citation == "\(path):1:1")
    }
}
