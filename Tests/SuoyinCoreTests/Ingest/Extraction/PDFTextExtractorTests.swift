import Foundation
import Testing
@testable import SuoyinCore

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
    let path = folder.appending(path: "pdftotext").path
    try ("#!/bin/sh\n" + script).write(toFile: path, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
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
    @Test("a Chinese PDF's pages come out as lines, through the real pdftotext",
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
        // pdftotext ends each page with a blank line.
        #expect(extracted.text.components(separatedBy: "\n") == [
            "锡山区2022年法治政府建设工作报告", "一、坚持强化组织领导", "", "二、坚持推动改革创新", "Rule of law", "𠀀法",
        ])
        #expect(extracted.title == nil)
        #expect(extracted.headingLevels.isEmpty)
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

    @Test("pdftotext gets the agreed arguments; form feeds end lines and blank lines collapse")
    func argumentsAndOutput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try fakePdftotext(in: folder, script: #"""
            echo "$*"
            printf '第一页\f第二页\n\n\n\n  尾  \r\n\f'
            """#)
        let extracted = try PDFTextExtractor.extract(path: "/data/报告.pdf", searchPath: "/nonexistent:" + folder.path)
        #expect(extracted == ExtractedText(text: "-enc UTF-8 -nopgbrk /data/报告.pdf -\n第一页\n第二页\n\n尾"))
        let dashed = try PDFTextExtractor.extract(path: "-n.pdf", searchPath: folder.path)
        #expect(dashed.text.hasPrefix("-enc UTF-8 -nopgbrk ./-n.pdf -\n"))
    }

    @Test("megabytes on both output pipes do not deadlock")
    func largeOutput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 5,000 lines of about 60 bytes on each pipe: 300 KB, well past a 64 KB pipe buffer.
        try fakePdftotext(in: folder, script: """
            i=0
            while [ $i -lt 5000 ]; do
              echo "Syntax Warning: filler line $i on standard error, past the pipe buffer" >&2
              echo "第$i行 法治政府建设 filler text on standard output"
              i=$((i+1))
            done
            """)
        let extracted = try PDFTextExtractor.extract(path: "x.pdf", searchPath: folder.path)
        let lines = extracted.text.components(separatedBy: "\n")
        #expect(lines.count == 5000)
        #expect(lines.last == "第4999行 法治政府建设 filler text on standard output")
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
        try fakePdftotext(in: folder, script: "printf '\\f\\n  \\n\\f'\n")
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
