import Foundation
import Testing
import ZIPFoundation
@testable import SuoyinCore

private typealias F = OpenDocumentFixture

@Suite("OpenDocumentTextExtractor")
struct OpenDocumentTextExtractorTests {
    @Test("LibreOffice's report.odt: paragraphs, headings, table cells, tabs, spaces and line breaks; title from meta.xml")
    func report() throws {
        let extracted = try OpenDocumentTextExtractor.extract(from: Data(FormatFixtures.bytes("report.odt")))
        // The footnote (脚注：…) and its number are left out; each table cell is a line.
        #expect(extracted.text.components(separatedBy: "\n")
                == FormatFixtures.reportHead + ["行政复议案件", "126件"] + FormatFixtures.reportTail)
        #expect(extracted.title == "锡山区2022年法治政府建设工作报告")
        // Line 1 is in the Title style; 3 and 10 are text:h level 1, 4 is level 2.
        #expect(extracted.headingLevels == [1: 1, 3: 1, 4: 2, 10: 1])
    }

    @Test("white space collapses as OpenDocument says; text:s, text:tab and text:line-break are kept")
    func whiteSpace() throws {
        let body = """
            <text:p>  第一段
                 续写  内容 <text:span>强调</text:span><text:s text:c="3"/>末尾<text:tab/>栏<text:line-break/>  第二行</text:p>\
            <text:p>大量空格<text:s text:c="100000000"/>后</text:p>
            """
        let lines = try OpenDocumentTextExtractor.extract(from: F.odt(body: body)).text.components(separatedBy: "\n")
        #expect(lines.count == 3)
        #expect(lines[0] == "第一段 续写 内容 强调   末尾\t栏")
        #expect(lines[1] == "第二行")
        // A hostile space count is capped.
        #expect(lines[2] == "大量空格" + String(repeating: " ", count: OpenDocumentContentReader.maximumSpaces) + "后")
    }

    @Test("notes, tracked deletions, comments, drawing descriptions and tables of contents are not text")
    func skippedContent() throws {
        let body = """
            <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>已删除的文字</text:p>\
            </text:deletion></text:changed-region></text:tracked-changes>\
            <text:table-of-content><text:index-body><text:p>一、总则 1</text:p></text:index-body></text:table-of-content>\
            <text:p>依法<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>\
            <text:note-body><text:p>脚注正文</text:p></text:note-body></text:note>行政<office:annotation>\
            <dc:creator>审阅人</dc:creator><text:p>批注内容</text:p></office:annotation>。</text:p>\
            <text:p><draw:frame><svg:title>图片标题</svg:title><svg:desc>图片说明</svg:desc>\
            <draw:text-box><text:p>文本框内文字</text:p></draw:text-box></draw:frame>正文</text:p>
            """
        #expect(try OpenDocumentTextExtractor.extract(from: F.odt(body: body)).text == "依法行政。\n文本框内文字\n正文")
    }

    @Test("text:h levels, heading styles through automatic styles and parents, and the first heading as title")
    func headings() throws {
        let styles = """
            <style:style style:name="Title" style:family="paragraph"/>\
            <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"/>\
            <style:style style:name="Outline" style:family="paragraph" style:default-outline-level="3"/>\
            <style:style style:name="Body" style:family="paragraph"/>
            """
        let automatic = """
            <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_2"/>\
            <style:style style:name="T1" style:family="text" style:parent-style-name="Title"/>
            """
        let body = """
            <text:p text:style-name="Body">正文在前</text:p>\
            <text:p text:style-name="P1">（一）自动样式继承标题2</text:p>\
            <text:p text:style-name="Outline">大纲级别3</text:p>\
            <text:h text:outline-level="2">二级标题</text:h><text:h>无级别标题</text:h>\
            <text:h text:outline-level="99">过深的标题</text:h><text:p text:style-name="T1">文字样式不算</text:p>
            """
        let extracted = try OpenDocumentTextExtractor.extract(from: F.odt(body: body, automaticStyles: automatic, styles: styles))
        #expect(extracted.headingLevels == [2: 2, 3: 3, 4: 2, 5: 1, 6: 10])
        #expect(extracted.title == "（一）自动样式继承标题2")
        let titled = try OpenDocumentTextExtractor.extract(from: F.odt(body: body, styles: styles, title: "  文档标题 "))
        #expect(titled.title == "文档标题")
        #expect(try OpenDocumentTextExtractor.extract(from: F.odt(body: "<text:p>正文</text:p>", title: " ")).title == nil)
    }

    @Test("broken packages fail with a reason naming .odt")
    func failures() throws {
        func reason(_ data: Data) -> String? {
            do {
                _ = try OpenDocumentTextExtractor.extract(from: data)
                return nil
            } catch {
                return error.reason
            }
        }
        #expect(reason(Data("不是压缩包".utf8)) == "not a valid .odt file (it is not a ZIP archive)")
        #expect(reason(try DocxFixture.zip(["mimetype": "application/vnd.oasis.opendocument.text"]))
                == "not a valid .odt file (it has no content.xml)")
        #expect(reason(try DocxFixture.zip(["content.xml": "<office:document-content><text:p>"]))?
            .hasPrefix("damaged .odt file (content.xml is not well-formed XML at line") == true)
    }

    /// Found by the odt fuzz target: a deflate stream that does not end within
    /// its entry made ZIPFoundation read on to the end of the file and then
    /// nothing, forever. Here `content.xml` is a non-final stored deflate block
    /// that claims 65535 bytes, more than the whole file holds.
    @Test("a deflate stream that runs past its entry fails instead of hanging")
    func endlessDeflateStream() throws {
        let archive = try ZIPFoundation.Archive(accessMode: .create)
        let stream = Data([0x00, 0xFF, 0xFF, 0x00, 0x00]) + Data("hello".utf8)
        try archive.addEntry(with: "content.xml", type: .file, uncompressedSize: Int64(stream.count),
                             compressionMethod: .none) { position, size in
            stream.subdata(in: Int(position)..<Int(position) + size)
        }
        var file = [UInt8](archive.data!)
        // Mark it deflated (method 8) in its local header and its central directory entry.
        file[8] = 8
        let directory = try #require((0..<file.count - 4).first { file[$0..<$0 + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) })
        file[directory + 10] = 8
        #expect(throws: ExtractionFailure(reason: "damaged .odt file (cannot unzip content.xml)")) {
            try OpenDocumentTextExtractor.extract(from: Data(file))
        }
    }
}
