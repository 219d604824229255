import Foundation
import Testing
import SuoyinCore

/// A temporary folder with a `docs/` folder of text files and an index beside it.
private struct Workspace {
    let folder: URL
    var docs: URL { folder.appendingPathComponent("docs") }
    var indexPath: String { folder.appendingPathComponent("i.sqlite").path }

    init(files: [String: String]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-indexer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("docs"), withIntermediateDirectories: true)
        for (name, text) in files { try write(text, to: name) }
    }

    func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: docs.appendingPathComponent(name))
    }

    /// Indexes `docs/` and returns the summary and the diagnostics reported.
    func index() throws -> (IndexSummary, [Diagnostic]) {
        let diagnostics = DiagnosticLog()
        let summary = try Indexer(database: try IndexDatabase.openForWriting(at: indexPath),
                                  report: { diagnostics.append($0) }).index([docs.path])
        return (summary, diagnostics.all)
    }

    func search(_ query: String) throws -> [SearchResult] {
        try Searcher(database: try IndexDatabase.open(at: indexPath)).search(try QueryParser.parse(query, scope: .passage), limit: 0)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// Diagnostics collected from the indexer's `report` callback.
private final class DiagnosticLog: @unchecked Sendable {
    private let lock = NSLock()
    private var diagnostics: [Diagnostic] = []
    func append(_ diagnostic: Diagnostic) { lock.withLock { diagnostics.append(diagnostic) } }
    var all: [Diagnostic] { lock.withLock { diagnostics } }
}

/// The counts of a summary, to compare in one expectation.
private func counts(_ summary: IndexSummary) -> [Int] {
    [summary.added, summary.updated, summary.removed, summary.unchanged, summary.skipped, summary.totalPassages]
}

@Suite("Indexer")
struct IndexerTests {
    @Test("re-indexing adds, skips, replaces and removes documents")
    func incremental() throws {
        let workspace = try Workspace(files: ["a.txt": "法治政府建设\n依法行政\n", "b.md": "# 标题\n\n行政复议\n"])
        defer { workspace.remove() }
        //                                    added updated removed unchanged skipped passages
        #expect(try counts(workspace.index().0) == [2, 0, 0, 0, 0, 4])
        #expect(try counts(workspace.index().0) == [0, 0, 0, 2, 0, 4])

        try workspace.write("法治政府建设\n依法行政\n量子纠缠\n", to: "a.txt")
        #expect(try counts(workspace.index().0) == [0, 1, 0, 1, 0, 5])
        #expect(try workspace.search("量子纠缠").map(\.text) == ["量子纠缠"])

        try FileManager.default.removeItem(at: workspace.docs.appendingPathComponent("b.md"))
        #expect(try counts(workspace.index().0) == [0, 0, 1, 1, 0, 3])
        #expect(try workspace.search("行政复议").isEmpty)
        #expect(try workspace.search("依法行政").count == 1)
    }

    @Test("files that cannot be decoded are reported and skipped; the rest is indexed")
    func badFiles() throws {
        let workspace = try Workspace(files: ["good.txt": "法治政府建设\n"])
        defer { workspace.remove() }
        try Data().write(to: workspace.docs.appendingPathComponent("empty.txt"))
        try Data([0x41, 0x00, 0x42]).write(to: workspace.docs.appendingPathComponent("binary.txt"))
        try Data([0xFF, 0xFF, 0xFE, 0xFF, 0xFF, 0xFE]).write(to: workspace.docs.appendingPathComponent("invalid.txt"))
        // Unknown formats inside a folder are passed over silently.
        try Data("忽略".utf8).write(to: workspace.docs.appendingPathComponent("notes.xls"))
        // A PDF that is not one: pdftotext fails (or is missing) and the file is skipped.
        try Data("忽略".utf8).write(to: workspace.docs.appendingPathComponent("broken.pdf"))

        let (summary, diagnostics) = try workspace.index()
        #expect(counts(summary) == [1, 0, 0, 0, 4, 1])
        #expect(diagnostics.map { ($0.path as NSString).lastPathComponent }.sorted()
                == ["binary.txt", "broken.pdf", "empty.txt", "invalid.txt"])
        #expect(diagnostics.allSatisfy { $0.severity == .warning && $0.message.hasSuffix("skipped") })
        #expect(try workspace.search("法治").count == 1)
    }
}

@Suite("IndexDatabase")
struct IndexDatabaseTests {
    @Test("opening a missing index says there is none")
    func missing() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-none-\(UUID().uuidString).sqlite").path
        #expect(throws: SuoyinError.noIndex(path: path)) { try IndexDatabase.open(at: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a file that is not an index is refused and left unchanged")
    func foreignFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-foreign-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("hello".utf8).write(to: URL(fileURLWithPath: path))
        expectRefusal(path) { try IndexDatabase.open(at: path) }
        expectRefusal(path) { try IndexDatabase.openForWriting(at: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "hello")
    }

    /// Expects `open` to throw ``SuoyinError/notAnIndex(path:reason:)`` for `path`, with advice to rebuild.
    private func expectRefusal(_ path: String, sourceLocation: SourceLocation = #_sourceLocation,
                               _ open: () throws -> IndexDatabase) {
        do {
            _ = try open()
            Issue.record("opened a file that is not an index", sourceLocation: sourceLocation)
        } catch {
            guard let error = error as? SuoyinError, case .notAnIndex(let errorPath, _) = error else {
                Issue.record("expected notAnIndex, got \(error)", sourceLocation: sourceLocation)
                return
            }
            #expect(errorPath == path, sourceLocation: sourceLocation)
            #expect(error.description.contains("--rebuild"), sourceLocation: sourceLocation)
        }
    }
}
