import Foundation
import Testing
import TestSupport

/// Whether this machine has Poppler's pdftotext (Debian's poppler-utils).
private let hasPdftotext = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
    .contains { FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext") } ?? false

/// `suoyin` run on a folder holding ``PDFReportFixture``'s PDF: pages in the
/// text output, in `--json` and in `show`.
@Suite("PDF pages in search and show", .enabled(if: hasPdftotext, "needs pdftotext: apt-get install poppler-utils"))
struct PDFCommandTests {
    /// A temporary folder with `docs/report.pdf` indexed into `i.sqlite`.
    private struct Workspace {
        let folder = FileManager.default.temporaryDirectory.appending(path: "suoyin-pdf-cli-\(UUID().uuidString)")

        init() throws {
            try FileManager.default.createDirectory(at: folder.appending(path: "docs"), withIntermediateDirectories: true)
            try PDFReportFixture.pdf().write(to: folder.appending(path: "docs/report.pdf"))
            let run = try self.run("index", ["docs"])
            #expect(run.status == 0, "\(run)")
        }

        func run(_ command: String, _ rest: [String]) throws -> SuoyinRun {
            try SuoyinProcess.run([command, "--index", "i.sqlite"] + rest, in: folder)
        }
    }

    @Test("search shows p. N in the header and the page field in --json")
    func search() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        let text = try workspace.run("search", ["--limit", "0", "听取 OR 2023年工作安排"])
        #expect(text.status == 0, "\(text)")
        let headers = text.stdoutLines.filter { $0.first?.isNumber == true && $0.contains("docs/report.pdf:") }
            .map { String($0.drop { $0 != " " }.dropFirst()) }.sorted()
        #expect(headers == [
            "docs/report.pdf:5:1  \(PDFReportFixture.title) › 一、坚持强化组织领导  (p. 1, 锡山区人民政府)",
            // A heading's own passage has the headings above it as its section: none.
            "docs/report.pdf:8:1  \(PDFReportFixture.title)  (p. 3, 锡山区人民政府)",
        ])
        let json = try workspace.run("search", ["--json", "2022年共办理"])
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["page"] as? Int == 2)
        #expect(object["citation"] as? String == "docs/report.pdf:7:1")
        #expect(json.stdout.contains(#""number":null,"page":2,"path":"docs/report.pdf""#))
    }

    @Test("show prints the page, in text and --json")
    func show() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        let text = try workspace.run("show", ["docs/report.pdf:6"])
        #expect(text.status == 0, "\(text)")
        #expect(Array(text.stdoutLines.prefix(3)) == [
            PDFReportFixture.title, "一、坚持强化组织领导", "docs/report.pdf:6:1  (p. 2, 锡山区人民政府, PDF)",
        ])
        #expect(text.stdoutLines.last == "> 6:  \(PDFReportFixture.lines[5])")
        let json = try workspace.run("show", ["--json", "docs/report.pdf:9"])
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["page"] as? Int == 3)
        #expect(object["text"] as? String == PDFReportFixture.lines[8])
    }
}
