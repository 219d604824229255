import GRDB

/// The passage count and total length in terms that BM25 averages over,
/// kept in `meta` by ``DocumentWriter`` in the transaction that changes them.
///
/// They equal FTS5's own row count and column total (`xRowCount`,
/// `xColumnTotalSize`), so scores computed from them equal FTS5's `bm25()`.
struct IndexTotals: Equatable {
    var rows: Int
    var tokens: Int

    /// The totals as stored.
    init(_ db: Database) throws {
        let values = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
            SELECT key, value FROM meta WHERE key IN ('rows', 'tokens')
            """).map { row -> (String, String) in (row["key"], row["value"]) })
        rows = values["rows"].flatMap { Int($0) } ?? 0
        tokens = values["tokens"].flatMap { Int($0) } ?? 0
    }

    /// Counts a new passage of `terms` terms.
    mutating func add(terms: Int) {
        rows += 1
        tokens += terms
    }

    /// Forgets a removed passage of `terms` terms.
    mutating func remove(terms: Int) {
        rows -= 1
        tokens -= terms
    }

    func write(_ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('rows', ?), ('tokens', ?)",
                       arguments: [String(rows), String(tokens)])
    }

    /// The average passage length, as FTS5 computes it.
    var averageLength: Double { Double(tokens) / Double(rows) }
}
