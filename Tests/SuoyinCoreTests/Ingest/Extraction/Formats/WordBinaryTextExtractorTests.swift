import Foundation
import Testing
@testable import SuoyinCore

private let searchPath = ProcessInfo.processInfo.environment["PATH"]
private let catdoc = CommandRunner.executable(named: "catdoc", searchPath: searchPath)
private let antiword = CommandRunner.executable(named: "antiword", searchPath: searchPath)

/// A new empty temporary folder.
private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appending(path: "suoyin-doc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// Writes an executable shell script named `name` into `folder`.
private func fakeConverter(_ name: String, in folder: URL, script: String) throws {
    try FakeProgram.write(name, in: folder, script: script)
}

/// The failure reason of extracting `path` with `searchPath`, or nil on success.
private func failure(path: String, searchPath: String?) -> String? {
    do {
        _ = try WordBinaryTextExtractor.extract(path: path, searchPath: searchPath)
        return nil
    } catch {
        return error.reason
    }
}

@Suite("WordBinaryTextExtractor")
struct WordBinaryTextExtractorTests {
    @Test("catdoc reads report.doc whole: paragraphs on one line each, Chinese and 𠮷 intact, the table row tabbed",
          .enabled(if: catdoc != nil, "needs catdoc: apt-get install catdoc"))
    func catdocReport() throws {
        for name in ["report.doc", "report.wps"] {
            let extracted = try WordBinaryTextExtractor.extract(path: FormatFixtures.path(name))
            // catdoc puts the footnote's text at the end and the table row on one line.
            #expect(extracted.text.components(separatedBy: "\n")
                    == FormatFixtures.reportHead + ["行政复议案件\t126件"] + FormatFixtures.reportTail + ["脚注：会议于2022年3月召开。"])
            #expect(extracted.title == nil)
            #expect(extracted.headingLevels.isEmpty)
        }
    }

    @Test("without catdoc, antiword reads it too (numbering outline headings and marking notes itself)",
          .enabled(if: antiword != nil, "needs antiword: apt-get install antiword"))
    func antiwordReport() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appending(path: "antiword").path, withDestinationPath: antiword!)
        let lines = try WordBinaryTextExtractor.extract(path: FormatFixtures.path("report.doc"), searchPath: folder.path)
            .text.components(separatedBy: "\n")
        #expect(lines.contains(FormatFixtures.reportHead[1]))
        #expect(lines.contains("1 （一）深入学习宣传贯彻习近平法治思想。"))
        #expect(lines.contains("贯彻全面依法治区工作会议精神[1]，把习近平法治思想列入区政府常务会议学法内容（生僻字：𠮷）。"))
    }

    @Test("catdoc is preferred and gets the agreed arguments; surrogates written as CESU-8 are joined")
    func argumentsAndOutput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try fakeConverter("antiword", in: folder, script: "echo antiword\n")
        // 𠮷 (U+20BB7) as catdoc writes it: ED A1 82 ED BE B7.
        try fakeConverter("catdoc", in: folder, script: #"""
            echo "$*"
            printf '\355\241\202\355\276\267字\f分页\013换行\r\n\n\n尾 \355\240\200'
            """#)
        let extracted = try WordBinaryTextExtractor.extract(path: "-a.doc", searchPath: folder.path)
        #expect(extracted.text == "-w -d utf-8 ./-a.doc\n𠮷字\n分页\n换行\n\n尾 \u{FFFD}\u{FFFD}\u{FFFD}")
        try FileManager.default.removeItem(at: folder.appending(path: "catdoc"))
        #expect(try WordBinaryTextExtractor.extract(path: "a.doc", searchPath: folder.path).text == "antiword")
    }

    @Test("a failed run says which converter and why; no text, or no converter, is a failure")
    func failures() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(failure(path: "a.doc", searchPath: folder.path)
                == "catdoc or antiword not found; install catdoc (apt-get install catdoc) to index .doc and .wps files")
        #expect(failure(path: "a.doc", searchPath: nil) == WordBinaryTextExtractor.notInstalled.reason)
        try fakeConverter("antiword", in: folder, script: "echo 'a.doc is not a Word Document.'\nexit 1\n")
        #expect(failure(path: "a.doc", searchPath: folder.path)
                == "antiword cannot read it (exit status 1: a.doc is not a Word Document.)")
        try fakeConverter("catdoc", in: folder, script: "echo 'catdoc: Bad file' >&2\nexit 2\n")
        #expect(failure(path: "a.doc", searchPath: folder.path) == "catdoc cannot read it (exit status 2: catdoc: Bad file)")
        try fakeConverter("catdoc", in: folder, script: "printf '\\n \\f\\n'\n")
        #expect(failure(path: "a.doc", searchPath: folder.path) == "no text to index")
    }

    @Test("what a .doc really holds is judged from its first bytes")
    func fileKinds() {
        #expect(WordFileKind(bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]) == .compoundDocument)
        #expect(WordFileKind(bytes: Array(#"{\rtf1\ansi"#.utf8)) == .richText)
        #expect(WordFileKind(bytes: [0x50, 0x4B, 0x03, 0x04, 0x14]) == .zipArchive)
        #expect(WordFileKind(bytes: [0xEF, 0xBB, 0xBF] + Array("\r\n <HTML xmlns:o=\"urn:schemas-microsoft-com:office:office\">".utf8)) == .webPage)
        #expect(WordFileKind(bytes: Array("<?xml version=\"1.0\"?><?mso-application progid=\"Word.Document\"?><w:wordDocument>".utf8)) == .unknown)
        #expect(WordFileKind(bytes: Array("MIME-Version: 1.0".utf8)) == .unknown)
        #expect(WordFileKind(bytes: [0xD0, 0xCF, 0x11]) == .unknown)
        #expect(WordFileKind(bytes: []) == .unknown)
    }

    @Test("CESU-8: pairs are joined, lone or cut surrogates are U+FFFD, valid UTF-8 is untouched")
    func cesu8() {
        #expect(CESU8.decode(Array("法治𠮷".utf8)) == "法治𠮷")
        #expect(CESU8.decode([0xED, 0xA1, 0x82, 0xED, 0xBE, 0xB7, 0x41]) == "𠮷A")
        #expect(CESU8.decode([0xED, 0xBE, 0xB7, 0xED, 0xA1, 0x82]) == "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(CESU8.decode([0xED, 0xA1, 0x82, 0xED]) == "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(CESU8.decode([0xED, 0x95, 0x9C]) == "한")
    }
}
