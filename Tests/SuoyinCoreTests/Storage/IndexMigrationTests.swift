import Foundation
import GRDB
import Testing
@testable import SuoyinCore

@Suite("Index migrations")
struct IndexMigrationTests {
    @Test("an index made before documents.pageLines gets the column when opened, and searches give no page")
    func pageLinesAdded() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "suoyin-migration-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appending(path: "docs"), withIntermediateDirectories: true)
        try Data("研究解决重大问题\n".utf8).write(to: folder.appending(path: "docs/a.txt"))
        let path = folder.appending(path: "i.sqlite").path
        try Indexer(database: try IndexDatabase.openForWriting(at: path), report: { _ in }).index([folder.path + "/docs"])

        // Make the file what the previous version wrote: no column, no record of the migration.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                ALTER TABLE documents DROP COLUMN pageLines;
                DELETE FROM grdb_migrations WHERE identifier = 'v3: document pages';
                """)
        }
        let database = try IndexDatabase.open(at: path)
        let results = try Searcher(database: database).search(try QueryParser.parse("重大问题", scope: .passage), limit: 0)
        #expect(results.map(\.line) == [1])
        #expect(results.map(\.page) == [nil])
        let columns = try database.queue.read { db in try db.columns(in: "documents").map(\.name) }
        #expect(columns.last == "pageLines")
    }
}
