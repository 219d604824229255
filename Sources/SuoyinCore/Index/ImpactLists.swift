import Foundation
import GRDB
import TextAnalysis

/// Impact lists: for each frequent term, the only passages that can be in
/// its top ``depth``, so a one-term query need not score every match.
///
/// For a query of one term, FTS5's BM25 score of a passage depends only on
/// the term's frequency in it (`tf`) and the passage's length in tokens: it
/// rises with `tf` and falls with length, whatever the corpus statistics.
/// Among passages with the same `tf`, the `depth` shortest (ties by path,
/// line and column, the order of results) therefore score at least as well
/// as all the others, so the top `depth` of any one-term query lies in the
/// union, over `tf` values, of those lists. Ranking that union exactly as
/// FTS5 does gives exactly FTS5's top `depth`.
///
/// Terms: exact index terms (bigrams, words) whose document frequency is at
/// least the threshold, keyed by their bytes; and CJK characters as prefix
/// queries (`"法"*`, whose frequency in a passage is the number of times the
/// character occurs), keyed by the character's bytes followed by `*`.
///
/// The lists describe the index as it was when they were built: any write
/// marks them stale (``invalidate(_:)``, in the same transaction), and the
/// indexer rebuilds them at the end of a run. Searches use them only when
/// they are current.
public enum ImpactLists {
    /// How many passages each (term, tf) list keeps; searches whose
    /// `offset + limit` exceeds it use FTS5's own ranking.
    static let depth = 10
    /// Terms found in fewer passages than this are ranked by FTS5 directly:
    /// scoring that many matches is already fast.
    public static let defaultThreshold = 2000

    /// The statistics a one-term BM25 score needs, as of the last build.
    struct Statistics {
        var rows: Int
        var tokens: Int
    }

    /// Marks the lists stale; call in every transaction that changes passages.
    static func invalidate(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM meta WHERE key = 'impacts'")
    }

    /// The statistics of the lists, or nil when they are stale or missing.
    static func statistics(_ db: Database) throws -> Statistics? {
        let meta = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
            SELECT key, value FROM meta WHERE key IN ('impacts', 'impactRows', 'impactTokens')
            """).map { row -> (String, String) in (row["key"], row["value"]) })
        guard meta["impacts"] == "current", let rows = meta["impactRows"].flatMap({ Int($0) }),
              let tokens = meta["impactTokens"].flatMap({ Int($0) }), rows > 0 else { return nil }
        return Statistics(rows: rows, tokens: tokens)
    }

    /// The key of a phrase's single term, as stored in the lists.
    static func key(term: String, isPrefix: Bool) -> Data {
        Data(term.utf8) + (isPrefix ? Data("*".utf8) : Data())
    }

    /// Rebuilds the lists from the passages, reading each passage's text once.
    static func rebuild(_ db: Database, threshold: Int = defaultThreshold) throws {
        try db.execute(sql: "DELETE FROM term_stats; DELETE FROM term_impacts")
        var collector = ImpactCollector(
            frequentTerms: try frequentTerms(db, threshold: threshold), pathRanks: try pathRanks(db))
        let cursor = try Row.fetchCursor(db, sql: "SELECT id, documentId, line, column, text FROM passages")
        while let row = try cursor.next() {
            var text: String = row["text"]
            let place = ImpactCollector.Place(
                documentId: row["documentId"], line: row["line"], column: row["column"], id: row["id"])
            text.withUTF8 { collector.add($0, at: place) }
        }
        try collector.write(db, threshold: threshold)
        try db.execute(sql: """
            INSERT OR REPLACE INTO meta(key, value) VALUES
                ('impacts', 'current'), ('impactRows', ?), ('impactTokens', ?)
            """, arguments: [String(collector.rows), String(collector.tokens)])
    }

    /// Exact terms in at least `threshold` passages, from FTS5's own vocabulary.
    /// Lone CJK characters and the gap are left out: they are never queried
    /// as exact one-term phrases.
    private static func frequentTerms(_ db: Database, threshold: Int) throws -> [String: Int] {
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.suoyin_vocabulary USING fts5vocab(main, passages_fts, row)")
        var terms: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT term, doc FROM temp.suoyin_vocabulary WHERE doc >= ?",
                                    arguments: [threshold]) {
            let term: String = row["term"]
            let scalars = term.unicodeScalars
            if term == Analyzer.gap { continue }
            if scalars.count == 1, CharacterClass(scalars.first!.value) == .cjk { continue }
            terms[term] = row["doc"]
        }
        return terms
    }

    /// Each document's rank in path order, so candidates sort as results do.
    private static func pathRanks(_ db: Database) throws -> [Int64: Int] {
        let documents = try Row.fetchAll(db, sql: "SELECT id, path FROM documents ORDER BY path")
        return Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1["id"], $0) })
    }
}
