import Foundation
import GRDB

/// Counts that describe an index, as printed by `suoyin stats`.
public struct IndexStatistics: Codable, Equatable, Sendable {
    public var index: String
    public var documents: Int
    public var passages: Int
    /// Code points of all indexed documents.
    public var characters: Int
    /// Bytes on disk: the index file. It is all there is: the index keeps a
    /// rollback journal, not a write-ahead log, and the journal is emptied
    /// at every commit (see ``IndexDatabase``).
    public var indexBytes: Int
    public var analyzerVersion: Int
    public var foldTableHash: String
    /// Documents per detected encoding.
    public var encodings: [String: Int]
    /// Documents per format, by file extension (`.txt`, `.pdf`, …; `(none)` without one).
    public var formats: [String: Int]

    /// Reads the statistics of `database`.
    public init(database: IndexDatabase) throws(SuoyinError) {
        let counts = try database.read("read statistics") { db in
            (
                documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0,
                passages: try Int.fetchOne(db, sql: "SELECT count(*) FROM passages") ?? 0,
                characters: try Int.fetchOne(db, sql: "SELECT coalesce(sum(characters), 0) FROM documents") ?? 0,
                encodings: try Row.fetchAll(db, sql: "SELECT encoding, count(*) AS n FROM documents GROUP BY encoding"),
                paths: try String.fetchAll(db, sql: "SELECT path FROM documents")
            )
        }
        index = database.path
        documents = counts.documents
        passages = counts.passages
        characters = counts.characters
        encodings = Dictionary(uniqueKeysWithValues: counts.encodings.map { ($0["encoding"], $0["n"]) })
        formats = Dictionary(counts.paths.map { path in
            let fileExtension = (path as NSString).pathExtension.lowercased()
            return (fileExtension.isEmpty ? "(none)" : "." + fileExtension, 1)
        }, uniquingKeysWith: +)
        indexBytes = Int(FileStatus(path: database.path)?.size ?? 0)
        analyzerVersion = AnalyzerStamp.current.version
        foldTableHash = AnalyzerStamp.current.foldTableHash
    }
}
