import GRDB

/// A counter of the changes to what searches can find, kept in the index's
/// `meta` table: every transaction that adds, replaces or removes documents
/// (or changes what is recorded of them) advances it; merging FTS5's
/// segments, counting the phrase lists again or recording the indexed
/// folders does not, since searches answer the same before and after.
///
/// A server keeps its answers while the generation is unchanged. SQLite's
/// `data_version` would drop them at every commit of a run, and a run into an
/// existing index commits about twice as often as it writes documents
/// (settings of the merging at its start and end, the folders it recorded,
/// the pages it gave back).
enum ContentGeneration {
    /// Advances the counter; call in every transaction that changes documents or passages.
    static func advance(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO meta(key, value) VALUES ('generation', '1')
            ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
            """)
    }

    /// The counter as of `db`'s current transaction: 0 before the first change.
    static func current(_ db: Database) throws -> Int {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'").flatMap { Int($0) } ?? 0
    }
}
