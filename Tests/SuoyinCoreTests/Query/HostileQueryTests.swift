import Foundation
import Testing
import SuoyinCore

/// Queries and paging values that used to reach FTS5 as syntax or crash the
/// searcher, run through the whole path: file → ``Indexer`` → ``QueryParser`` → ``Searcher``.
@Suite("hostile queries")
struct HostileQueryTests {
    /// The texts of what `query` finds, with `limit` and `offset`, in a one-file index of `content`.
    private func search(_ content: String, _ query: String, limit: Int = 0, offset: Int = 0) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("doc.txt")
        try Data(content.utf8).write(to: file)
        let database = try IndexDatabase.openForWriting(at: folder.appendingPathComponent("i.sqlite").path)
        _ = try Indexer(database: database, report: { _ in }).index([file.path])
        return try Searcher(database: database).search(try QueryParser.parse(query, scope: .passage), limit: limit, offset: offset)
            .map(\.text)
    }

    @Test("a quote followed by a combining mark is one Character but still doubled: the query reaches no FTS5 syntax")
    func quoteWithCombiningMark() throws {
        #expect(try search("a\"\u{301}b 法治", "a\"\u{301}b").isEmpty == false)
        #expect(try search("法治\n政府", "「x\"\u{301} ) \"\u{301}」") == [])
    }

    @Test("limits and offsets up to Int.max neither overflow nor reserve memory for results that cannot exist")
    func hugePages() throws {
        let text = "法治一\n法治二\n法治三"
        #expect(try search(text, "法治", limit: 10_000_000_000).count == 3)
        #expect(try search(text, "法治", limit: 4_611_686_018_427_387_904).count == 3)
        #expect(try search(text, "法治", limit: 1, offset: Int.max) == [])
        #expect(try search(text, "法治", limit: Int.max, offset: Int.max) == [])
        #expect(try search(text, "法治", limit: Int.max, offset: 2).count == 1)
        #expect(try search(text, "法治", limit: 2, offset: 1).count == 2)
    }
}
