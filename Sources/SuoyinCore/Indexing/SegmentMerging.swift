import GRDB

/// How FTS5 merges its segments: normally as it goes, but during a run that
/// writes a large share of the index not at all, then once at the end.
///
/// FTS5 writes a segment each time its few megabytes of pending terms fill
/// up (300 on 200 MB of text) and merges them in the background, rewriting
/// each term list several times. A bulk run instead leaves them alone and
/// merges them all into one segment at the end ('optimize'): every list is
/// rewritten once, the index is smallest and fastest to search, and the
/// pages the merge frees are given back to the file system.
enum SegmentMerging {
    /// A run is a bulk load when it brings at least this share of the index.
    static let bulkShare = 0.25
    /// FTS5's default: merge four segments of a level at a time.
    static let incrementalAutomerge = 4

    /// Whether a run writing about `incomingBytes` into an index holding
    /// `indexedBytes` is a bulk load.
    static func isBulk(incomingBytes: Int64, indexedBytes: Int64) -> Bool {
        incomingBytes > 0 && Double(incomingBytes) >= bulkShare * Double(indexedBytes + incomingBytes)
    }

    /// Sets FTS5's merging for a run; call before the first write.
    static func begin(_ db: Database, bulk: Bool) throws {
        // Settings persist in the index; an interrupted bulk run leaves
        // merging off until the next run sets it again, which costs nothing
        // but unmerged segments in the meantime.
        try set(db, "automerge", bulk ? 0 : incrementalAutomerge)
        // At most 2000 segments per level; a bulk load of several GB merges
        // when it gets there rather than failing.
        try set(db, "crisismerge", bulk ? 1000 : 16)
    }

    /// More segments than this at the end of a run are merged into one even
    /// after a small run: a bulk load killed before its merge left them.
    static let maximumSegments = 64

    /// Ends a run: after a bulk load (or with too many segments), merges every
    /// segment into one; gives back the freed pages; restores merging as you go.
    static func finish(_ db: Database, bulk: Bool) throws {
        let segments = try Int.fetchOne(db, sql: "SELECT count(DISTINCT segid) FROM passages_fts_idx") ?? 0
        if segments > 1, bulk || segments > maximumSegments {
            try db.execute(sql: "INSERT INTO passages_fts(passages_fts) VALUES ('optimize')")
        }
        try set(db, "automerge", incrementalAutomerge)
        try set(db, "crisismerge", 16)
        try db.execute(sql: "PRAGMA incremental_vacuum")
    }

    private static func set(_ db: Database, _ key: String, _ value: Int) throws {
        try db.execute(sql: "INSERT INTO passages_fts(passages_fts, rank) VALUES (?, ?)", arguments: [key, value])
    }
}
