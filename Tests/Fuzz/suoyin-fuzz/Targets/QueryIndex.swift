import Foundation
import GRDB
import SuoyinCore

/// A small index of `Corpus/` in a temporary folder, built once per process
/// for the query target, and a second connection to it for FTS5 itself.
final class QueryIndex: Sendable {
    /// Small, so that the reports give phrase lists and searches use them.
    static let phraseThreshold = 3

    /// Built when the query target first runs; removed when the process exits.
    static let shared: QueryIndex = {
        do {
            let index = try QueryIndex()
            atexit { try? FileManager.default.removeItem(atPath: QueryIndex.shared.folder) }
            return index
        } catch {
            fatalError("cannot build the query target's index: \(error)")
        }
    }()

    let folder: String
    let database: IndexDatabase
    let queue: DatabaseQueue

    private init() throws {
        folder = NSTemporaryDirectory() + "suoyin-fuzz-query-\(getpid())"
        let corpus = folder + "/Corpus"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures().root.appendingPathComponent("Corpus"),
                                         to: URL(fileURLWithPath: corpus))
        database = try IndexDatabase.openForWriting(at: folder + "/index.sqlite")
        _ = try Indexer(database: database, phraseThreshold: Self.phraseThreshold, report: { _ in }).index([corpus])
        var configuration = Configuration()
        configuration.readonly = true
        configuration.prepareDatabase(IndexDatabase.prepareConnection)
        queue = try DatabaseQueue(path: folder + "/index.sqlite", configuration: configuration)
    }
}
