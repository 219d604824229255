import Foundation
import Testing
@testable import SuoyinCore
import TestSupport

/// Whether this machine has Poppler's pdftotext (Debian's poppler-utils).
private let hasPdftotext = CommandRunner.executable(
    named: "pdftotext", searchPath: ProcessInfo.processInfo.environment["PATH"]) != nil

/// A new empty temporary folder.
private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appending(path: "suoyin-pdf-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// Writes an executable shell script named `pdftotext` into `folder`.
private func fakePdftotext(in folder: URL, script: String) throws {
    try FakeProgram.write("pdftotext", in: folder, script: script)
}

/// The failure reason of extracting `path` with `searchPath`, or nil on success.
private func failure(path: String, searchPath: String?) -> String? {
    do {
        _ = try PDFTextExtractor.extract(path: path, searchPath: searchPath)
        return nil
    } catch {
        return error.reason
    }
}

@Suite("PDFTextExtractor")
struct PDFTextExtractorTests {
    @Test("a laid-out report comes out as one line per paragraph, without headers and page numbers",
          .enabled(if: hasPdftotext, "needs pdftotext: apt-get install poppler-utils"))
    func report() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "报告.pdf")
        try PDFReportFixture.pdf().write(to: file)
        let extracted = try PDFTextExtractor.extract(path: file.path)
        #expect(extracted.text.components(separatedBy: "\n") == PDFReportFixture.lines)
        #expect(extracted.pageLines?.starts == PDFReportFixture.pageStarts)
        // The Info Title is a file name ("Microsoft Word - report.doc"): the 18 pt title lines win.
        #expect(extracted.title == PDFReportFixture.title)
        #expect(extracted.headingLevels.isEmpty)
    }

    @Test("a meaningful Info Title is the title",
          .enabled(if: hasPdftotext, "needs pdftotext: apt-get install poppler-utils"))
    func metadataTitle() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "报告.pdf")
        try PDFReportFixture.pdf(title: "Microsoft Word - 锡山区2022年法治政府建设工作报告.docx").write(to: file)
        #expect(try PDFTextExtractor.extract(path: file.path).title == "锡山区2022年法治政府建设工作报告")
        try PDFReportFixture.pdf(title: nil).write(to: file)
        #expect(try PDFTextExtractor.extract(path: file.path).title == PDFReportFixture.title)
    }

    @Test("short lines in one size stay lines; pages without a title give none",
          .enabled(if: hasPdftotext, "needs pdftotext: apt-get install poppler-utils"))
    func realPdftotext() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "报告.pdf")
        try PDFFixture.make(pages: [
            ["锡山区2022年法治政府建设工作报告", "一、坚持强化组织领导"],
            ["二、坚持推动改革创新", "Rule of law", "𠀀法"],
        ]).write(to: file)
        let extracted = try PDFTextExtractor.extract(path: file.path)
        #expect(extracted.text.components(separatedBy: "\n") == [
            "锡山区2022年法治政府建设工作报告", "一、坚持强化组织领导", "二、坚持推动改革创新", "Rule of law", "𠀀法",
        ])
        #expect(extracted.pageLines == PageLines(starts: [1, 3]))
        #expect(extracted.title == nil)
    }

    @Test("a file that is not a PDF fails with pdftotext's reason",
          .enabled(if: hasPdftotext, "needs pdftotext: apt-get install poppler-utils"))
    func notAPDF() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "fake.pdf")
        try Data("这不是PDF".utf8).write(to: file)
        let reason = try #require(failure(path: file.path, searchPath: ProcessInfo.processInfo.environment["PATH"]))
        #expect(reason.hasPrefix("pdftotext cannot read it (exit status 1: "))
        #expect(failure(path: folder.appending(path: "missing.pdf").path, searchPath: ProcessInfo.processInfo.environment["PATH"])?
            .hasPrefix("pdftotext cannot read it (exit status 1: I/O Error: Couldn't open file") == true)
    }

    @Test("without pdftotext on the search path, the failure says how to install it")
    func notInstalled() throws {
        let emptyFolder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: emptyFolder) }
        let expected = "pdftotext not found; install poppler-utils (apt-get install poppler-utils) to index PDF files"
        #expect(failure(path: "/tmp/x.pdf", searchPath: emptyFolder.path) == expected)
        #expect(failure(path: "/tmp/x.pdf", searchPath: "") == expected)
        #expect(failure(path: "/tmp/x.pdf", searchPath: nil) == expected)
        #expect(PDFTextExtractor.notInstalled.reason == expected)
    }

    @Test("pdftotext gets the agreed arguments and its layout output is read")
    func argumentsAndOutput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try fakePdftotext(in: folder, script: #"""
            echo "<doc><page width=\"595\" height=\"842\"><line xMin=\"72\" yMin=\"300\" xMax=\"90\" yMax=\"312\">"
            echo "<word>$*</word></line></page><page width=\"595\" height=\"842\"></page></doc>"
            """#)
        let extracted = try PDFTextExtractor.extract(path: "/data/报告.pdf", searchPath: "/nonexistent:" + folder.path)
        #expect(extracted == ExtractedText(
            text: "-bbox-layout -enc UTF-8 /data/报告.pdf -", pageLines: PageLines(starts: [1, 2])))
        let dashed = try PDFTextExtractor.extract(path: "-n.pdf", searchPath: folder.path)
        #expect(dashed.text == "-bbox-layout -enc UTF-8 ./-n.pdf -")
    }

    @Test("megabytes on both output pipes do not deadlock")
    func largeOutput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 5,000 lines of about 60 bytes on standard error and 5,000 pages of one
        // line, about 150 bytes each, on standard output: well past a 64 KB pipe buffer.
        try fakePdftotext(in: folder, script: #"""
            i=0
            while [ $i -lt 5000 ]; do
              echo "Syntax Warning: filler line $i on standard error, past the pipe buffer" >&2
              echo "<page width=\"595\" height=\"842\"><line xMin=\"72\" yMin=\"300\" xMax=\"90\" yMax=\"312\">"
              echo "<word>第$i行</word><word>法治</word></line></page>"
              i=$((i+1))
            done
            """#)
        let extracted = try PDFTextExtractor.extract(path: "x.pdf", searchPath: folder.path)
        let lines = extracted.text.components(separatedBy: "\n")
        #expect(lines.count == 5000)
        #expect(lines.last == "第4999行法治")
        #expect(extracted.pageLines?.starts == Array(1...5000))
    }

    @Test("a failed run reports its exit status and last error line; no text is a failure too")
    func failedRuns() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try fakePdftotext(in: folder, script: """
            echo "Syntax Warning: May not be a PDF file" >&2
            echo "Syntax Error: Couldn't find trailer dictionary" >&2
            echo "" >&2
            exit 1
            """)
        #expect(failure(path: "x.pdf", searchPath: folder.path)
            == "pdftotext cannot read it (exit status 1: Syntax Error: Couldn't find trailer dictionary)")
        try fakePdftotext(in: folder, script: "exit 3\n")
        #expect(failure(path: "x.pdf", searchPath: folder.path) == "pdftotext cannot read it (exit status 3)")
        try fakePdftotext(in: folder, script: "echo '<page><line><word> </word></line></page><page></page>'\n")
        #expect(failure(path: "x.pdf", searchPath: folder.path) == "no text to index (a scanned PDF needs OCR first)")
    }

    @Test("the search skips folders, non-executables and relative entries")
    func executableLookup() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appending(path: "plain")
        let executable = folder.appending(path: "exec")
        for sub in [plain, executable] { try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true) }
        try FileManager.default.createDirectory(at: folder.appending(path: "dir/pdftotext"), withIntermediateDirectories: true)
        try "text".write(to: plain.appending(path: "pdftotext"), atomically: true, encoding: .utf8)
        try fakePdftotext(in: executable, script: "exit 0\n")
        let search = [folder.appending(path: "dir").path, plain.path, "relative", "", executable.path + "/"].joined(separator: ":")
        #expect(CommandRunner.executable(named: "pdftotext", searchPath: search) == executable.path + "/pdftotext")
        #expect(CommandRunner.executable(named: "pdftotext", searchPath: plain.path) == nil)
    }
}
