import Foundation
import Testing
import GRDB
@testable import SuoyinCore

/// A copy of the repository's `Corpus/` in a temporary folder, indexed beside
/// it with phrase lists for every phrase in at least ``threshold`` passages,
/// and FTS5's own ranking of it to compare with.
///
/// Tests that only read use ``shared(listsCurrent:)``; tests that write build their own.
struct CorpusIndex: Sendable {
    /// Small enough that the five reports give thousands of phrase lists.
    static let threshold = 3

    let folder: URL
    let database: IndexDatabase
    var corpus: URL { folder.appendingPathComponent("Corpus") }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-rank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: IngestCorpus.folder(), to: folder.appendingPathComponent("Corpus"))
        database = try IndexDatabase.openForWriting(at: folder.appendingPathComponent("i.sqlite").path)
        try index([corpus.path])
    }

    /// Indexes `paths` (files or folders) into the index, with the test threshold.
    func index(_ paths: [String]) throws {
        _ = try Indexer(database: database, phraseThreshold: Self.threshold, report: { _ in }).index(paths)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Loads the file at `path` as the indexer would, for ``DocumentWriter`` alone.
    static func load(_ path: String) throws -> LoadedDocument {
        let status = try #require(FileStatus(path: path))
        let loaded = try DocumentLoader().load(SourceFile(path: path, absolutePath: path), status: status, knownHash: nil)
        return try #require(loaded)
    }

    /// An index built once per test process, on first use, and shared by
    /// every test that only reads it: with its phrase lists current, or
    /// marked stale. Its tests must not write to it.
    static func shared(listsCurrent: Bool) throws -> CorpusIndex {
        try (listsCurrent ? withCurrentLists : withStaleLists).get()
    }

    // `static let` runs each initializer once, thread-safely, when first read.
    private static let withCurrentLists = Result { try sharedIndex(stale: false) }
    private static let withStaleLists = Result { try sharedIndex(stale: true) }

    private static func sharedIndex(stale: Bool) throws -> CorpusIndex {
        let index = try CorpusIndex()
        if stale { try index.invalidateLists() }
        // Nothing else removes a shared index: remove it when the test process ends.
        if stale {
            atexit { try? CorpusIndex.withStaleLists.get().remove() }
        } else {
            atexit { try? CorpusIndex.withCurrentLists.get().remove() }
        }
        return index
    }

    /// Marks the phrase lists stale, as any write does.
    func invalidateLists() throws {
        try database.write("test") { db in try PhraseLists.invalidate(db) }
    }

    /// Where every passage is: its document's path, line and column.
    func places() throws -> [Int64: Place] {
        try database.read("test") { db in
            var places: [Int64: Place] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT p.id, d.path, p.line, p.column, p.text FROM passages p JOIN documents d ON d.id = p.documentId
                """) {
                places[row["id"]] = Place(path: row["path"], line: row["line"], column: row["column"], text: row["text"])
            }
            return places
        }
    }

    /// FTS5's own ranking of every match of `query`: `bm25(passages_fts)`,
    /// then a passage holding a query phrase as typed (``ExactScript``),
    /// then path (bytewise), line and column, as results are ordered.
    func fts5Ranking(_ query: Query) throws -> [Ranked] {
        let exact = ExactScript(sources: query.positivePhrases.map(\.source))
        let places = try places()
        let scored = try database.read("test") { db in
            try Row.fetchAll(db, sql: "SELECT rowid, bm25(passages_fts) FROM passages_fts WHERE passages_fts MATCH ?",
                             arguments: [query.matchExpression]).map { row in (id: row[0] as Int64, bm25: row[1] as Double) }
        }
        return scored.map { (bm25: $0.bm25, place: places[$0.id]!) }
            .sorted { lhs, rhs in
                if lhs.bm25 != rhs.bm25 { return lhs.bm25 < rhs.bm25 }
                let (left, right) = (exact.matches(lhs.place.text), exact.matches(rhs.place.text))
                if left != right { return left }
                return lhs.place.precedes(rhs.place)
            }
            .map { Ranked(citation: $0.place.citation, score: -$0.bm25) }
    }

    /// The searcher's results as citations and scores.
    func search(_ query: Query, filter: SearchFilter = SearchFilter(), limit: Int, offset: Int = 0) throws -> [Ranked] {
        try Searcher(database: database).search(query, filter: filter, limit: limit, offset: offset)
            .map { Ranked(citation: $0.citation, score: $0.score!) }
    }

    /// How many passages FTS5 matches for `query`.
    func fts5Count(_ expression: String) throws -> Int {
        try database.read("test") { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?",
                             arguments: [expression]) ?? 0
        }
    }
}

/// A passage's place in the corpus and its text.
struct Place {
    var path: String
    var line: Int
    var column: Int
    var text: String

    var citation: String { "\(path):\(line):\(column)" }

    /// Result order for equal scores (``ResultOrder``): path compared bytewise, then line and column.
    func precedes(_ other: Place) -> Bool {
        ResultOrder.precedes(ResultOrder.Place(path: path.utf8, line: line, column: column, passage: 0),
                             ResultOrder.Place(path: other.path.utf8, line: other.line, column: other.column, passage: 0))
    }
}

/// One ranked passage as the tests compare them: citation and score.
struct Ranked: Equatable, CustomStringConvertible {
    var citation: String
    var score: Double
    var description: String { "\(citation) \(score)" }
}
