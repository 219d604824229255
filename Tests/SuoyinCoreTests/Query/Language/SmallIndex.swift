import Foundation
@testable import SuoyinCore

/// A temporary index of a few documents written for one test: file name to text.
struct SmallIndex {
    let folder: URL
    let database: IndexDatabase

    init(_ documents: [String: String]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-small-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in documents {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        database = try IndexDatabase.openForWriting(at: folder.appendingPathComponent("i.sqlite").path)
        _ = try Indexer(database: database, report: { _ in }).index([folder.path])
    }

    /// Every result of `query` within `scope`.
    func search(_ query: String, scope: SearchScope = .paragraph) throws -> [SearchResult] {
        try Searcher(database: database).search(QueryParser.parse(query, scope: scope), limit: 0)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
