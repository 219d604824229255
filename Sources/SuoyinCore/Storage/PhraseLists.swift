import Foundation
import GRDB
import TextAnalysis

/// Ranking shortcuts for frequent phrases: for each run of Han characters
/// (one character, a bigram, or longer) found in at least a threshold of
/// passages, its document frequency and, for each number of occurrences in
/// a passage, the ``depth`` passages that come first for equal scores.
///
/// For a query of one phrase, FTS5's BM25 score of a passage depends only
/// on the phrase's frequency in it and the passage's length: it rises with
/// the frequency and falls with the length, whatever the corpus statistics.
/// Among passages with the same frequency, the shortest (ties by path, line
/// and column, the order of results) therefore score at least as well as
/// all the others, so the best ``depth`` of a one-phrase query lie in the
/// union of those lists, and ranking that union as FTS5 does gives FTS5's
/// own top ``depth``. The document frequency gives the phrase's BM25 weight
/// in any query without counting its matches.
///
/// The lists describe the index as it is: a batch brings every list up to
/// date in its own transaction, taking out the passages of the documents it
/// removes or replaces (``PhraseListRemoval``) and adding those it writes
/// (``PhraseListAddition``), so searches during a run keep them and a
/// one-file update counts nothing again. A bucket may then keep fewer than
/// ``depth`` passages, still the first of its own; ``PhraseListRanking``
/// proves each answer from what is kept or declines. A write that cannot
/// keep them exact marks them stale (``invalidate(_:)``, in the same
/// transaction) and the indexer rebuilds them at the end of the run;
/// searches use them only when they are current. Which phrases have lists is decided when they are
/// counted from every passage: after additions of more than an eighth of
/// the passages counted then (``isOutgrown(_:rows:)``) they are counted again,
/// so that phrases frequent in the added documents get lists too.
enum PhraseLists {
    /// How many passages each (phrase, frequency) list keeps.
    static let depth = 16
    /// Sampling starts above this many passages (see ``PhraseCandidates``).
    static let sampleSize = 16_000

    /// The default threshold for an index of `rows` passages: a phrase found
    /// in fewer passages is ranked by FTS5 directly, which is fast enough at
    /// that count (about 0.1 µs a match with ``MatchScorer``).
    static func defaultThreshold(rows: Int) -> Int { max(1000, rows / 64) }

    /// The key of a phrase in the lists: the key of its Han run
    /// (``AnalyzedPhrase/runKey``) when it is one, else nil.
    static func key(of phrase: QueryPhrase) -> Data? {
        phrase.analyzed.runKey.map { Data($0) }
    }

    /// Marks the lists stale; call in every transaction that changes passages.
    static func invalidate(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM meta WHERE key = 'phraseLists'")
    }

    /// Whether the lists describe the index as it is.
    static func isCurrent(_ db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'phraseLists'") == "current"
    }

    /// Whether the index, now of `rows` passages, grew by more than an
    /// eighth since the phrases with lists were chosen (or does not say when
    /// that was), so that they should be chosen and counted again.
    static func isOutgrown(_ db: Database, rows: Int) throws -> Bool {
        guard let counted = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'phraseListsRows'")
            .flatMap({ Int($0) }) else { return true }
        return rows > counted + counted / 8
    }

    /// The entry of the phrase with `key`, if the lists have one (callers
    /// check ``isCurrent(_:)`` first).
    static func entry(_ db: Database, key: Data) throws -> PhraseListEntry? {
        guard let row = try Row.fetchOne(db, sql: "SELECT df, list FROM phrase_lists WHERE phrase = ?", arguments: [key])
        else { return nil }
        return PhraseListEntry(documentFrequency: row["df"], encoded: row["list"])
    }

    /// How many documents hold the phrase with list key `key` (``key(of:)``),
    /// as counted when the lists were built; nil without a list, or for lists
    /// built before documents were counted.
    static func documentCount(_ db: Database, key: Data) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT documents FROM phrase_lists WHERE phrase = ?", arguments: [key])
    }

    /// Rebuilds the lists from the passages; `threshold` overrides the default.
    static func rebuild(_ db: Database, threshold: Int?) throws {
        let rows = try IndexTotals(db).rows
        let threshold = max(1, threshold ?? defaultThreshold(rows: rows))
        guard rows >= threshold else { return try store(nil, threshold: threshold, rows: rows, db) { _ in 0 } }
        let stride = max(1, rows / sampleSize)
        let cutoff = stride == 1 ? threshold : max(1, threshold / (2 * stride))
        var collector = PhraseListCollector(trie: try PhraseCandidates.trie(db, stride: stride, cutoff: cutoff),
                                            depth: depth)
        var documents: [Int64: Int32] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, path FROM documents ORDER BY id") {
            documents[row["id"]] = collector.addDocument(path: row["path"])
        }
        let lengths = try PassageLengths(db)
        var buffer: [UInt32] = []
        try PassageScan.forEach(db) { place, text in
            HanRuns.forEach(in: text, buffer: &buffer) { collector.count(run: $0) }
            collector.endPassage(PhraseListCollector.Candidate(
                length: Int32(lengths.length(of: place.id)), document: documents[place.documentId] ?? 0,
                line: Int32(clamping: place.line), column: Int32(clamping: place.column), passage: place.id))
        }
        try store(collector, threshold: threshold, rows: rows, db) { $0.passage }
    }

    /// Replaces the lists with the phrases of `collector` found in at least
    /// `threshold` passages (none when nil) and marks them current, counted
    /// over `rows` passages; `id` gives a candidate's passage id.
    static func store(
        _ collector: PhraseListCollector?, threshold: Int, rows: Int, _ db: Database,
        id: (PhraseListCollector.Candidate) -> Int64
    ) throws {
        try db.execute(sql: "DELETE FROM phrase_lists")
        if let collector {
            let insert = try db.cachedStatement(sql: """
                INSERT INTO phrase_lists(phrase, df, list, documents) VALUES (?, ?, ?, ?)
                """)
            let trie = collector.trie
            for node in 0..<trie.count where Int(collector.documentFrequencies[node]) >= threshold {
                let key = Data(HanRuns.key(of: trie.phrase(of: Int32(node))))
                let entry = collector.entry(of: node, id: id)
                try insert.execute(arguments: [key, entry.documentFrequency, entry.encoded,
                                               Int(collector.documentCounts[node])])
            }
        }
        try db.execute(sql: """
            INSERT OR REPLACE INTO meta(key, value) VALUES ('phraseLists', 'current'), ('phraseListsRows', ?)
            """, arguments: [String(rows)])
    }
}
