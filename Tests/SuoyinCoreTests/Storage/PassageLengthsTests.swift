import Foundation
import GRDB
import Testing
@testable import SuoyinCore
import TextAnalysis

/// The ranking's statistics are FTS5's: each passage's stored length is its
/// number of document-mode terms, and the index totals are the passage
/// count and the sum of those lengths — FTS5's own row count and token
/// total — after a first run, an update and a removal alike.
@Suite("passage lengths and index totals")
struct PassageLengthsTests {
    /// What the index stores and what recounting gives.
    private struct Statistics: Equatable {
        var lengths: [Int64: Int]
        var rows: Int
        var tokens: Int
    }

    /// The stored lengths of every passage and the stored totals.
    private static func stored(_ index: CorpusIndex) throws -> Statistics {
        try index.database.read("test") { db in
            let lengths = try PassageLengths(db)
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM passages")
            let totals = try IndexTotals(db)
            return Statistics(lengths: Dictionary(uniqueKeysWithValues: ids.map { ($0, lengths.length(of: $0)) }),
                              rows: totals.rows, tokens: totals.tokens)
        }
    }

    /// The passages' terms counted again, and FTS5's own totals.
    private static func recounted(_ index: CorpusIndex) throws -> (Statistics, fts5: (rows: Int, tokens: Int)) {
        try index.database.read("test") { db in
            var lengths: [Int64: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, text FROM passages") {
                lengths[row["id"]] = Analyzer.terms(in: row["text"], mode: .document).count
            }
            let rows = try Int.fetchOne(db, sql: "SELECT count(*) FROM passages") ?? 0
            let fts5 = try fts5Totals(db)
            return (Statistics(lengths: lengths, rows: rows, tokens: lengths.values.reduce(0, +)), fts5)
        }
    }

    /// FTS5's averages record (rowid 1 of `passages_fts_data`): SQLite varints
    /// of the row count, then of the token total of the one column.
    private static func fts5Totals(_ db: Database) throws -> (rows: Int, tokens: Int) {
        let block = try Data.fetchOne(db, sql: "SELECT block FROM passages_fts_data WHERE id = 1")
        let record = try [UInt8](#require(block))
        var offset = 0
        func varint() -> Int {
            var value: UInt64 = 0
            for index in 0..<9 {
                let byte = UInt64(record[offset])
                offset += 1
                if index == 8 { return Int(value << 8 | byte) }
                value = value << 7 | (byte & 0x7F)
                if byte < 0x80 { break }
            }
            return Int(value)
        }
        return (varint(), varint())
    }

    private static func expectExact(_ index: CorpusIndex, _ comment: Comment) throws {
        let stored = try Self.stored(index)
        let (recounted, fts5) = try Self.recounted(index)
        #expect(stored == recounted, comment)
        #expect(fts5.rows == stored.rows && fts5.tokens == stored.tokens, comment)
    }

    @Test("after indexing the Corpus, every length and both totals are exact")
    func firstRun() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        try Self.expectExact(index, "first run")
        let stored = try Self.stored(index)
        #expect(stored.rows == 217)
        #expect(!stored.lengths.values.contains(0))
    }

    @Test("after an update and a removal, every length and both totals are still exact")
    func updateAndRemoval() throws {
        let index = try CorpusIndex()
        defer { index.remove() }
        let before = try Self.stored(index)

        let changed = index.corpus.appendingPathComponent("cixi-2023.txt")
        let text = try String(contentsOf: changed, encoding: .utf8)
        try Data((text + "\n新增一段：法治政府建设2024年度GDP增長。\n").utf8).write(to: changed)
        try index.index([index.corpus.path])
        try Self.expectExact(index, "after the update")
        #expect(try Self.stored(index).rows == before.rows + 1)

        try FileManager.default.removeItem(at: index.corpus.appendingPathComponent("bayingolin-2021.txt"))
        try index.index([index.corpus.path])
        try Self.expectExact(index, "after the removal")
        let after = try Self.stored(index)
        #expect(after.rows < before.rows)
        #expect(after.rows == (try index.database.read("test") { try Int.fetchOne($0, sql: "SELECT count(*) FROM passages") }))

        // The updated document has the highest ids: replacing it again reuses them for other passages.
        try Data(text.utf8).write(to: changed)
        try index.index([index.corpus.path])
        try Self.expectExact(index, "after a second update, over reused ids")
        #expect(try Self.stored(index).lengths.keys.max() == after.lengths.keys.max().map { $0 - 1 })

        // And searching still gives FTS5's own scores.
        let query = try QueryParser.parse("法治 OR 政府", scope: .passage)
        #expect(try index.search(query, limit: 0) == index.fts5Ranking(query))
    }

    @Test("an id without a passage has length 0")
    func missingIds() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        try index.database.read("test") { db in
            let lengths = try PassageLengths(db)
            #expect(lengths.length(of: 0) == 0)
            #expect(lengths.length(of: -1) == 0)
            #expect(lengths.length(of: 1_000_000) == 0)
            #expect(lengths.length(of: 1) > 0)
        }
    }
}
