import Foundation
import Testing
@testable import SuoyinCore

private let hasCatdoc = CommandRunner.executable(
    named: "catdoc", searchPath: ProcessInfo.processInfo.environment["PATH"]) != nil

/// A temporary folder holding the given files.
private struct Folder: ~Copyable {
    let url: URL

    init(_ files: [String: [UInt8]]) throws {
        url = FileManager.default.temporaryDirectory.appending(path: "suoyin-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: url.appending(path: name)) }
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Loads `name` as `suoyin index` does.
    func load(_ name: String) throws -> LoadedDocument {
        let path = url.appending(path: name).path
        let status = try #require(FileStatus(path: path))
        return try #require(try DocumentLoader().load(SourceFile(path: name, absolutePath: path), status: status, knownHash: nil))
    }

    /// Why `name` is skipped, or nil if it loads.
    func skipReason(_ name: String) throws -> String? {
        do {
            _ = try load(name)
            return nil
        } catch let skip as DocumentLoader.Skip {
            return skip.reason
        }
    }
}

/// "LINE:COL" of the passage that starts with `prefix`, and its section path.
private func citation(_ document: LoadedDocument, _ prefix: String) -> (String, [String])? {
    document.passages.first { $0.text.hasPrefix(prefix) }.map { ("\($0.line):\($0.column)", $0.section) }
}

private let firstSection = ["一、坚持强化组织领导，夯实法治政府建设基础", "（一）深入学习宣传贯彻习近平法治思想。"]
/// The same, recognized from the numbering of plain text (which leaves out the heading's final 。).
private let numberedSection = ["一、坚持强化组织领导，夯实法治政府建设基础", "（一）深入学习宣传贯彻习近平法治思想"]

@Suite("DocumentLoader formats")
struct FormatLoadingTests {
    @Test("the new extensions are scanned inside folders")
    func scanned() {
        for name in ["a.doc", "b.WPS", "c.odt", "d.rtf", "e.ofd"] { #expect(CorpusScanner.isSupported(name)) }
        let listed = CorpusScanner.formatList.components(separatedBy: ", ")
        #expect(Set([".doc", ".wps", ".odt", ".rtf", ".ofd"]).isSubset(of: listed))
    }

    @Test("report.odt and report.rtf: title, format, citations and section paths from their headings")
    func odtAndRTF() throws {
        let folder = try Folder(["report.odt": try FormatFixtures.bytes("report.odt"),
                                 "report.rtf": try FormatFixtures.bytes("report.rtf")])
        for (name, format) in [("report.odt", "OpenDocument text"), ("report.rtf", "RTF")] {
            let document = try folder.load(name)
            #expect(document.title == "锡山区2022年法治政府建设工作报告")
            #expect(document.encoding == format)
            #expect(document.metadata.date == "2023-02-08")
            #expect(citation(document, "贯彻全面依法治区")! == ("5:1", firstSection))
            #expect(citation(document, "126件")! == ("9:1", firstSection))
            #expect(citation(document, "州黨委")! == ("11:1", ["二、切實履行主體責任，高位推動法治政府建設"]))
        }
    }

    @Test("report.doc and report.wps through catdoc: title from the first line, sections from the numbering",
          .enabled(if: hasCatdoc, "needs catdoc: apt-get install catdoc"))
    func docAndWPS() throws {
        let folder = try Folder(["report.doc": try FormatFixtures.bytes("report.doc"),
                                 "report.wps": try FormatFixtures.bytes("report.wps")])
        for (name, format) in [("report.doc", "Word 97-2003 document"), ("report.wps", "WPS document")] {
            let document = try folder.load(name)
            #expect(document.title == "无锡市锡山区人民政府2022年法治政府建设工作报告")
            #expect(document.encoding == format)
            #expect(citation(document, "贯彻全面依法治区")! == ("5:1", numberedSection))
            #expect(citation(document, "行政复议案件\t126件")! == ("8:1", numberedSection))
            #expect(citation(document, "州黨委")! == ("10:1", ["二、切實履行主體責任，高位推動法治政府建設"]))
        }
    }

    @Test("a .doc that is RTF, a .docx or a web page inside is read as what it is; anything else is skipped")
    func disguisedDoc() throws {
        let docx = try DocxFixture.docx(body: DocxFixture.paragraph("依法行政的报告"), title: "报告")
        let page = "<html><head><title>通知</title></head><body><p>依法行政网页</p></body></html>"
        let folder = try Folder([
            "rtf.doc": Array(#"{\rtf1\ansi\ansicpg936 \'d2\'c0\'b7\'a8\'d0\'d0\'d5\'fe\par}"#.utf8),
            "docx.doc": [UInt8](docx),
            "page.wps": Array(page.utf8),
            "text.doc": Array("依法行政".utf8),
        ])
        #expect(try folder.load("rtf.doc").passages.map(\.text) == ["依法行政"])
        #expect(try folder.load("rtf.doc").encoding == "RTF")
        #expect(try folder.load("docx.doc").passages.map(\.text) == ["依法行政的报告"])
        #expect(try folder.load("docx.doc").title == "报告")
        let webPage = try folder.load("page.wps")
        #expect(webPage.passages.last?.text == "依法行政网页")
        #expect(webPage.title == "通知")
        #expect(webPage.encoding == "UTF-8, HTML")
        #expect(try folder.skipReason("text.doc")
                == "not a Word or WPS document (neither an OLE compound file nor RTF, a .docx or a web page); skipped")
    }

    @Test("an RTF file with raw binary data (\\binN) is read, not refused as binary")
    func rtfWithBinaryData() throws {
        let bytes = Array(#"{\rtf1\ansi\ansicpg936 \'d2\'c0\'b7\'a8{\pict\bin4 "#.utf8) + [0, 1, 0, 0x7D] + Array(#"}\par}"#.utf8)
        let folder = try Folder(["picture.rtf": bytes])
        #expect(try folder.load("picture.rtf").passages.map(\.text) == ["依法"])
    }

    @Test("an OFD document: DocInfo title, lines from positions, citations of the extracted text")
    func ofd() throws {
        let folder = try Folder([
            "notice.ofd": [UInt8](try OFDFixture.ofd(pages: OFDOfficialDocument.pages, title: "关于2022年法治政府建设工作情况的报告")),
            "untitled.ofd": [UInt8](try OFDFixture.ofd(pages: OFDOfficialDocument.pages)),
            "broken.ofd": Array("PK".utf8),
        ])
        let document = try folder.load("notice.ofd")
        #expect(document.title == "关于2022年法治政府建设工作情况的报告")
        #expect(document.encoding == "OFD")
        #expect(document.metadata.date == "2023-02-08")
        #expect(citation(document, "Rule of law")?.1 == ["一、坚持强化组织领导", "（一）深入学习宣传贯彻习近平法治思想"])
        #expect(try folder.skipReason("broken.ofd") == "not a valid OFD file (it is not a ZIP archive); skipped")
        #expect(try folder.load("untitled.ofd").title == "无锡市锡山区人民政府关于2022年法治政府建设工作情况的报告")
        // The paragraph set on three lines is one passage, cited at its line of the extracted text.
        #expect(citation(document, "2022年，在区委")! == ("6:1", []))
    }
}
