import Foundation
import GRDB
import Testing
@testable import SuoyinCore

/// FTS5's segments are merged once after a bulk load and as they go otherwise.
@Suite("segment merging", .serialized)
struct SegmentMergingTests {
    /// Segments, merge settings and free pages of an index.
    private static func state(_ database: IndexDatabase) throws -> (segments: Int, automerge: Int, free: Int) {
        try database.read("test") { db in
            (try Int.fetchOne(db, sql: "SELECT count(DISTINCT segid) FROM passages_fts_idx") ?? -1,
             try Int.fetchOne(db, sql: "SELECT v FROM passages_fts_config WHERE k = 'automerge'") ?? -1,
             try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? -1)
        }
    }

    @Test("a run is a bulk load when it brings a quarter of the index or more", arguments: [
        (100, 0, true), (100, 300, true), (100, 301, false), (0, 0, false), (1, 1_000_000, false),
    ] as [(Int64, Int64, Bool)])
    func bulk(incoming: Int64, indexed: Int64, expected: Bool) {
        #expect(SegmentMerging.isBulk(incomingBytes: incoming, indexedBytes: indexed) == expected)
    }

    @Test("after a first run: one segment, no free pages, merging as you go restored")
    func firstRun() throws {
        let corpus = try CorpusIndex.shared(listsCurrent: true)
        let state = try Self.state(corpus.database)
        #expect(state.segments == 1)
        #expect(state.automerge == SegmentMerging.incrementalAutomerge)
        #expect(state.free == 0)
    }

    @Test("a small run adds a segment and leaves the big one alone; many leftover segments are merged")
    func smallRuns() throws {
        let corpus = try CorpusIndex()
        defer { corpus.remove() }
        let extra = corpus.folder.appendingPathComponent("extra.txt")
        try Data("依法行政，建设法治政府。\n".utf8).write(to: extra)
        try corpus.index([extra.path])
        #expect(try Self.state(corpus.database).segments == 2)
        // A bulk load killed before its final merge leaves merging off and many segments.
        try corpus.database.write("test") { db in try SegmentMerging.begin(db, bulk: true) }
        for index in 0..<(SegmentMerging.maximumSegments + 1) {
            // FTS5 writes a segment at each commit: a term added and taken away again.
            try corpus.database.write("test") { db in
                try db.execute(sql: "INSERT INTO passages_fts(rowid, text) VALUES (?, '法治')", arguments: [100_000 + index])
                try db.execute(sql: "INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', ?, '法治')",
                               arguments: [100_000 + index])
            }
        }
        #expect(try Self.state(corpus.database).segments > 1)
        try corpus.database.writeWithoutTransaction("test") { db in try SegmentMerging.finish(db, bulk: false) }
        let state = try Self.state(corpus.database)
        #expect(state.segments == 1)
        #expect(state.automerge == SegmentMerging.incrementalAutomerge)
        #expect(try corpus.database.integrityProblems().isEmpty)
    }
}
