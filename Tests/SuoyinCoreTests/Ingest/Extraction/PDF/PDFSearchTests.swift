import Foundation
import Testing
import SuoyinCore
import TestSupport

/// Whether this machine has Poppler's pdftotext (Debian's poppler-utils).
private let hasPdftotext = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
    .contains { FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext") } ?? false

/// ``PDFReportFixture`` indexed, searched and shown through the library, as `suoyin` does.
@Suite("PDF search", .enabled(if: hasPdftotext, "needs pdftotext: apt-get install poppler-utils"))
struct PDFSearchTests {
    /// A temporary folder with `docs/report.pdf` and `docs/plain.txt`, indexed into `i.sqlite`.
    private struct Workspace {
        let folder = FileManager.default.temporaryDirectory.appending(path: "suoyin-pdf-search-\(UUID().uuidString)")
        var indexPath: String { folder.appending(path: "i.sqlite").path }
        var reportPath: String { folder.appending(path: "docs/report.pdf").path }

        init() throws {
            let docs = folder.appending(path: "docs")
            try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
            try PDFReportFixture.pdf().write(to: docs.appending(path: "report.pdf"))
            try Data("研究解决重大问题\n".utf8).write(to: docs.appending(path: "plain.txt"))
            let summary = try Indexer(database: try IndexDatabase.openForWriting(at: indexPath), report: { _ in })
                .index([docs.path])
            #expect(summary.added == 2)
        }

        func search(_ query: String) throws -> [SearchResult] {
            try Searcher(database: try IndexDatabase.open(at: indexPath)).search(try QueryParser.parse(query, scope: .passage), limit: 0)
        }

        func show(line: Int) throws -> SearchResult {
            try PassageLookup(database: try IndexDatabase.open(at: indexPath))
                .passage(at: Citation(path: reportPath, line: line, column: nil)).passage
        }
    }

    @Test("重大问题 split by a line wrap is found, with the paragraph's line, page and citation")
    func wrappedPhrase() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        let results = try workspace.search("重大问题").sorted { ($0.path, $0.line) < ($1.path, $1.line) }
        let report = results.filter { $0.path.hasSuffix("report.pdf") }
        // Line 3 holds the phrase across the wrap 重大问⏎题; line 5's paragraph starts on page 1
        // and reaches page 2, where the phrase is; line 9 is on page 3.
        #expect(report.map(\.line) == [3, 5, 9])
        #expect(report.map(\.page) == [1, 1, 3])
        #expect(report.map(\.citation) == [3, 5, 9].map { "\(workspace.reportPath):\($0):1" })
        #expect(report.map(\.text) == [2, 4, 8].map { PDFReportFixture.lines[$0] })
        #expect(report.allSatisfy { $0.title == PDFReportFixture.title })
        #expect(report.map(\.section) == [[], ["一、坚持强化组织领导"], ["二、2023年工作安排"]])
        // A document without pages has no page.
        #expect(results.filter { $0.path.hasSuffix("plain.txt") }.map(\.page) == [nil])
    }

    @Test("the running header and the page numbers are not passages")
    func noFurniture() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        #expect(try workspace.search("年度报告").isEmpty)
        #expect(try workspace.search("共3页").isEmpty)
    }

    @Test("show gives each line's page, the same as search")
    func showPages() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        let pages = try (1...PDFReportFixture.lines.count).map { try workspace.show(line: $0).page }
        #expect(pages == [1, 1, 1, 1, 1, 2, 2, 3, 3])
        let shown = try workspace.show(line: 6)
        #expect(shown.text == PDFReportFixture.lines[5])
        #expect(shown.citation == "\(workspace.reportPath):6:1")
    }
}
