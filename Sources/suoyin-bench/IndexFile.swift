import GRDB
import SuoyinCore

/// The benchmark's own read-only view of a Suoyin index, for what
/// `Searcher` does not offer: its SQLite settings, its passages in the
/// indexer's batches, exact match counts and exhaustive BM25 rankings.
struct IndexFile {
    /// The indexer writes documents in transactions of about this many characters.
    static let batchCharacters = Indexer.batchCharacters

    /// One transaction's worth of rows, in insertion order.
    struct Batch {
        var documents: [Row] = []
        var passages: [Row] = []
    }

    /// A matching passage with its BM25 score (lower is better, as FTS5 has it).
    struct Ranked: Equatable {
        var citation: Citation
        var bm25: Double
    }

    let path: String
    fileprivate let queue: DatabaseQueue

    init(path: String) throws(BenchError) {
        self.path = path
        queue = try BenchError.database(path, "open the index") {
            try DatabaseQueue(path: path, configuration: SuoyinConnection.configuration(readOnly: true))
        }
    }

    /// The settings the baseline must share: page size and encoding as stored
    /// in the file, journal mode and synchronous as SuoyinCore's writer sets
    /// them, cache size as a connection set up like SuoyinCore's has it (see
    /// ``SuoyinConnection``).
    func settings() throws(BenchError) -> SQLiteSettings {
        try BenchError.database(path, "read the index settings") {
            try queue.read { db in
                SQLiteSettings(
                    sqliteVersion: try String.fetchOne(db, sql: "SELECT sqlite_version()") ?? "?",
                    pageSize: try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096,
                    encoding: try String.fetchOne(db, sql: "PRAGMA encoding") ?? "UTF-8",
                    journalMode: IndexDatabase.journalMode,
                    synchronous: ["OFF", "NORMAL", "FULL", "EXTRA"].firstIndex(of: IndexDatabase.synchronous) ?? 2,
                    walAutocheckpoint: try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? 1000,
                    cacheSize: try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000,
                    batchCharacters: Self.batchCharacters)
            }
        }
    }

    /// Calls `body` with the documents and passages of each indexer
    /// transaction, rebuilt with the indexer's rule: documents in order, a
    /// transaction closed once it holds `batchCharacters` characters.
    func forEachBatch(_ body: (Batch) throws(BenchError) -> Void) throws(BenchError) {
        let documents = try BenchError.database(path, "read the documents") {
            try queue.read { db in try Row.fetchAll(db, sql: "SELECT id, characters FROM documents ORDER BY id") }
        }
        var ranges: [ClosedRange<Int64>] = []
        var first: Int64?
        var characters = 0
        for row in documents {
            let id: Int64 = row["id"]
            first = first ?? id
            characters += row["characters"] as Int
            if characters >= Self.batchCharacters {
                ranges.append(first!...id)
                first = nil
                characters = 0
            }
        }
        if let first, let last = documents.last { ranges.append(first...(last["id"] as Int64)) }
        for range in ranges {
            let batch = try BenchError.database(path, "read a batch of passages") {
                try queue.read { db in
                    Batch(
                        documents: try Row.fetchAll(db, sql: "SELECT * FROM documents WHERE id BETWEEN ? AND ? ORDER BY id",
                                                    arguments: [range.lowerBound, range.upperBound]),
                        passages: try Row.fetchAll(db, sql: """
                            SELECT * FROM passages WHERE id BETWEEN
                                (SELECT min(firstPassage) FROM documents WHERE id BETWEEN ? AND ?) AND
                                (SELECT max(lastPassage) FROM documents WHERE id BETWEEN ? AND ?)
                            ORDER BY id
                            """, arguments: [range.lowerBound, range.upperBound, range.lowerBound, range.upperBound]))
                }
            }
            try body(batch)
        }
    }

    /// Calls `body` with every passage's id and text, in id order.
    func forEachPassage(_ body: (Int64, String) -> Void) throws(BenchError) {
        try BenchError.database(path, "read the passages") {
            try queue.read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT id, text FROM passages ORDER BY id")
                while let row = try rows.next() { body(row[0], row[1]) }
            }
        }
    }

    /// The text of the passage with rowid `id`.
    func passageText(id: Int64) throws(BenchError) -> String? {
        try BenchError.database(path, "read a passage") {
            try queue.read { db in try String.fetchOne(db, sql: "SELECT text FROM passages WHERE id = ?", arguments: [id]) }
        }
    }

    /// How many passages match an FTS5 expression, counted by FTS5 alone.
    func matchCount(_ expression: String) throws(BenchError) -> Int {
        try BenchError.database(path, "count matches") {
            try queue.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?",
                                 arguments: [expression]) ?? 0
            }
        }
    }

    /// Every passage matching `expression`, scored by FTS5's BM25 without
    /// ORDER BY or LIMIT, then sorted here the way `Searcher` promises: by
    /// score, then a passage holding one of `typed` exactly as written (each
    /// of its space-separated parts) before one that matches only after
    /// folding, then path, line and column.
    func exhaustiveRanking(_ expression: String, typed: [String] = []) throws(BenchError) -> [Ranked] {
        let parts = typed.map { $0.split(whereSeparator: \.isWhitespace).map(String.init) }.filter { !$0.isEmpty }
        let ranked = try BenchError.database(path, "rank all matches") {
            try queue.read { db in
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT d.path, p.line, p.column, bm25(passages_fts), p.text
                    FROM passages_fts
                    JOIN passages p ON p.id = passages_fts.rowid
                    JOIN documents d ON d.id = p.documentId
                    WHERE passages_fts MATCH ?
                    """, arguments: [expression])
                var ranked: [(Ranked, Bool)] = []
                while let row = try rows.next() {
                    let text: String = row[4]
                    let exact = parts.contains { $0.allSatisfy { text.contains($0) } }
                    ranked.append((Ranked(citation: Citation(path: row[0], line: row[1], column: row[2]), bm25: row[3]), exact))
                }
                return ranked
            }
        }
        return ranked.sorted { x, y in
            let (a, b) = (x.0, y.0)
            if a.bm25 != b.bm25 { return a.bm25 < b.bm25 }
            if x.1 != y.1 { return x.1 }
            if a.citation.path != b.citation.path { return a.citation.path < b.citation.path }
            if a.citation.line != b.citation.line { return a.citation.line < b.citation.line }
            return (a.citation.column ?? 0) < (b.citation.column ?? 0)
        }.map(\.0)
    }
}

extension IndexFile {
    /// Every document's path by id.
    func documentPaths() throws(BenchError) -> [Int64: String] {
        try BenchError.database(path, "read the documents") {
            try queue.read { db in
                var paths: [Int64: String] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT id, path FROM documents")
                while let row = try rows.next() { paths[row[0]] = row[1] }
                return paths
            }
        }
    }

    /// Calls `body` with every passage's id, document id, line and column, in id order.
    func forEachPassageLine(_ body: (Int64, Int64, Int, Int) -> Void) throws(BenchError) {
        try BenchError.database(path, "read the passages' lines") {
            try queue.read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT id, documentId, line, \"column\" FROM passages ORDER BY id")
                while let row = try rows.next() { body(row[0], row[1], row[2], row[3]) }
            }
        }
    }
}
