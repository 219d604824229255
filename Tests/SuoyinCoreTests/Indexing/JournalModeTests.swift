import Foundation
import Testing
@testable import SuoyinCore

/// A new index is written with a rollback journal; a run into an existing one
/// writes through WAL (readers go on reading) and leaves it a rollback-journal
/// file again, unless another connection is reading at that moment.
@Suite("journal modes of an index run", .serialized)
struct JournalModeTests {
    /// Bytes 18 and 19 of an SQLite file: 1 for a rollback journal, 2 for WAL.
    private static func fileFormat(_ path: String) throws -> [UInt8] {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        return Array(try handle.read(upToCount: 20) ?? Data()).suffix(2)
    }

    private static func names(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("i.sqlite") }.sorted()
    }

    private static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    @Test("a new index and a run into it both leave one rollback-journal file and nothing beside it")
    func aloneBackToRollback() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("i.sqlite").path
        _ = try IndexBuilder.run(indexPath: path, paths: [try Self.write("依法行政。\n", "a.txt", in: folder)], rebuild: false, report: { _ in })
        #expect(try Self.fileFormat(path) == [1, 1])
        _ = try IndexBuilder.run(indexPath: path, paths: [try Self.write("法治政府。\n", "b.txt", in: folder)], rebuild: false, report: { _ in })
        #expect(try Self.fileFormat(path) == [1, 1])
        #expect(try Self.names(folder) == ["i.sqlite"])
    }

    @Test("with a reader open, a run writes through WAL, the reader sees the new document at its next read, and the file stays in WAL mode until a run finds no reader")
    func readerOpenDuringRun() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("i.sqlite").path
        _ = try IndexBuilder.run(indexPath: path, paths: [try Self.write("依法行政。\n", "a.txt", in: folder)], rebuild: false, report: { _ in })
        let reader = try IndexDatabase.open(at: path, mapped: false)
        let before = try reader.dataVersion()
        #expect(try Searcher(database: reader).count(QueryParser.parse("法治")).passages == 0)
        let indexer = try IndexDatabase.openForWriting(at: path)
        #expect(try Self.fileFormat(path) == [2, 2])
        _ = try Indexer(database: indexer, report: { _ in }).index([try Self.write("法治政府。\n", "b.txt", in: folder)])
        #expect(try reader.dataVersion() != before)
        #expect(try Searcher(database: reader).count(QueryParser.parse("法治")).passages == 1)
        indexer.leaveWriteAheadLog()
        try indexer.close()
        #expect(try Self.fileFormat(path) == [2, 2])
        #expect(try Searcher(database: reader).count(QueryParser.parse("政府")).passages == 1)
        try reader.close()
        #expect(try Self.names(folder) == ["i.sqlite"])
        _ = try IndexBuilder.run(indexPath: path, paths: [try Self.write("行政复议。\n", "c.txt", in: folder)], rebuild: false, report: { _ in })
        #expect(try Self.fileFormat(path) == [1, 1])
        #expect(try Self.names(folder) == ["i.sqlite"])
    }
}
