import Foundation
import GRDB
@testable import SuoyinCore
import TextAnalysis
import Testing

/// Every passage of an index tokenized the slow, obvious way, to recount
/// what the phrase lists store: phrase frequencies by matching a query's
/// terms against the document's terms as FTS5 does, and Han runs by folding
/// and classifying one scalar at a time.
struct BruteForcePhrases {
    struct Passage {
        var id: Int64
        var place: Place
        /// The document-mode terms; their count is the passage's length.
        var terms: [[Unicode.Scalar]]
        /// The runs of folded CJK characters.
        var runs: [[Unicode.Scalar]]
    }

    let passages: [Passage]

    init(_ index: CorpusIndex) throws {
        passages = try index.places().sorted { $0.key < $1.key }.map { id, place in
            var runs: [[Unicode.Scalar]] = [[]]
            for scalar in place.text.unicodeScalars {
                let folded = Unicode.Scalar(CharacterFolding.fold(scalar.value))!
                if CharacterClass(folded.value) == .cjk { runs[runs.count - 1].append(folded) } else { runs.append([]) }
            }
            return Passage(id: id, place: place,
                           terms: Analyzer.terms(in: place.text, mode: .document).map { Array($0.text.unicodeScalars) },
                           runs: runs.filter { !$0.isEmpty })
        }
    }

    /// How many times `phrase` matches in `passage`: positions where its terms
    /// follow one another, the last one as a prefix when the phrase says so.
    static func frequency(of phrase: QueryPhrase, in passage: Passage) -> Int {
        let wanted = phrase.terms.map { Array($0.unicodeScalars) }
        guard passage.terms.count >= wanted.count else { return 0 }
        return (0...(passage.terms.count - wanted.count)).count { start in
            wanted.indices.allSatisfy { offset in
                let term = passage.terms[start + offset]
                return offset == wanted.count - 1 && phrase.lastTermIsPrefix
                    ? term.starts(with: wanted[offset]) : term == wanted[offset]
            }
        }
    }

    /// The entry the lists should hold for `phrase`: for each frequency, the
    /// first `depth` passages by length, path (bytewise), line and column.
    func entry(of phrase: QueryPhrase, depth: Int = PhraseLists.depth) -> PhraseListEntry {
        var byFrequency: [Int: [Passage]] = [:]
        for passage in passages {
            let frequency = Self.frequency(of: phrase, in: passage)
            if frequency > 0 { byFrequency[frequency, default: []].append(passage) }
        }
        let buckets = byFrequency.keys.sorted().map { frequency in
            let sorted = byFrequency[frequency]!.sorted { lhs, rhs in
                lhs.terms.count != rhs.terms.count ? lhs.terms.count < rhs.terms.count : lhs.place.precedes(rhs.place)
            }
            return PhraseListEntry.Bucket(frequency: frequency, total: sorted.count,
                                          passages: sorted.prefix(depth).map { ($0.terms.count, $0.id) })
        }
        return PhraseListEntry(documentFrequency: buckets.reduce(0) { $0 + $1.total }, buckets: buckets)
    }

    /// The number of passages containing each run substring of at most `maximumLength` characters.
    func documentFrequencies(maximumLength: Int) -> [String: Int] {
        var frequencies: [String: Int] = [:]
        for passage in passages {
            var phrases = Set<String>()
            for run in passage.runs {
                for start in run.indices {
                    for end in (start + 1)...min(run.count, start + maximumLength) {
                        phrases.insert(String(String.UnicodeScalarView(run[start..<end])))
                    }
                }
            }
            for phrase in phrases { frequencies[phrase, default: 0] += 1 }
        }
        return frequencies
    }
}

extension CorpusIndex {
    /// Every stored phrase list: phrase text, document frequency and entry.
    func storedLists() throws -> [(phrase: String, df: Int, entry: PhraseListEntry?)] {
        try database.read("test") { db in
            try Row.fetchAll(db, sql: "SELECT phrase, df, list FROM phrase_lists ORDER BY phrase").map { row in
                let key: Data = row["phrase"]
                return (String(decoding: key, as: UTF8.self), row["df"],
                        PhraseListEntry(documentFrequency: row["df"], encoded: row["list"]))
            }
        }
    }
}

extension CorpusIndex {
    /// Expects each listed phrase's document count and each dense phrase's
    /// frequencies to be what FTS5's matches give.
    func expectDocumentCountsAndDenseFromFTS5() throws {
        let index = self
        try index.database.read("test") { db in
            for row in try Row.fetchAll(db, sql: "SELECT phrase, documents FROM phrase_lists") {
                let key: Data = row["phrase"]
                let query = try #require(QueryPhrase(String(decoding: key, as: UTF8.self)))
                #expect(row["documents"] as Int? == (try Int.fetchOne(db, sql: """
                    SELECT count(DISTINCT documentId) FROM passages
                    WHERE id IN (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?)
                    """, arguments: [query.matchExpression])), "\(query.source)")
            }
            let passages = Int(try Int64.fetchOne(db, sql: "SELECT max(id) FROM passages") ?? 0) + 1
            let dense = try Data.fetchAll(db, sql: "SELECT phrase FROM dense_frequencies")
            #expect(dense.count >= 5)
            for key in dense {
                let phrase = try #require(QueryPhrase(String(decoding: key, as: UTF8.self)))
                let matches = try Row.fetchAll(db, sql: """
                    SELECT rowid, \(PhraseFrequencyFunction.name)(passages_fts) AS f FROM passages_fts
                    WHERE passages_fts MATCH ?
                    """, arguments: [phrase.matchExpression]).map { row -> (id: Int64, frequency: Int) in
                        (row["rowid"], PhraseFrequencyFunction.counts(in: row["f"], phraseCount: 1)[0])
                    }
                #expect(try DensePhrases.frequencies(db, of: phrase) == DenseFrequencies(matches, passages: passages),
                        "\(phrase.source)")
            }
        }
    }
}

extension CorpusIndex {
    /// Every stored entry against the lists counted again from every passage
    /// (``PhraseLists/rebuild(_:threshold:)`` on a copy of the index): the same
    /// document frequency (FTS5's count too), buckets and totals, and in each
    /// bucket the first of the recount's passages — all of them when it is not
    /// cut or when `exact` (no passage was removed: each bucket keeps as many as a recount).
    func expectListsMatchRecount(exact: Bool) throws {
        let index = self
        let copy = index.folder.appendingPathComponent("recount.sqlite")
        try? FileManager.default.removeItem(at: copy)
        try FileManager.default.copyItem(at: index.folder.appendingPathComponent("i.sqlite"), to: copy)
        let recount = try IndexDatabase.openForWriting(at: copy.path)
        let counted = try recount.write("test") { db in
            try PhraseLists.rebuild(db, threshold: CorpusIndex.threshold)
            return try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT phrase, df, list FROM phrase_lists").map { row in
                (String(decoding: row["phrase"] as Data, as: UTF8.self),
                 PhraseListEntry(documentFrequency: row["df"], encoded: row["list"]))
            })
        }
        var compared = 0
        for (phrase, df, entry) in try index.storedLists() {
            let query = try #require(QueryPhrase(phrase))
            let stored = try #require(entry, "\(phrase)")
            #expect(df == (try index.fts5Count(query.matchExpression)), "\(phrase)")
            // A phrase that fell below the threshold has no list in the recount.
            guard let full = counted[phrase].flatMap({ $0 }) else { continue }
            compared += 1
            #expect(df == full.documentFrequency, "\(phrase)")
            #expect(stored.buckets.map(\.frequency) == full.buckets.map(\.frequency), "\(phrase)")
            #expect(stored.buckets.map(\.total) == full.buckets.map(\.total), "\(phrase)")
            for (kept, all) in zip(stored.buckets, full.buckets) {
                #expect(!kept.passages.isEmpty, "\(phrase)")
                let prefix = all.passages.prefix(kept.passages.count)
                #expect(kept.passages.map(\.id) == prefix.map(\.id), "\(phrase) ×\(kept.frequency)")
                #expect(kept.passages.map(\.length) == prefix.map(\.length), "\(phrase) ×\(kept.frequency)")
                if !kept.isCut || exact { #expect(kept.passages.count == all.passages.count, "\(phrase) ×\(kept.frequency)") }
            }
        }
        #expect(compared > 1_000)
        try index.expectDocumentCountsAndDenseFromFTS5()
    }
}
