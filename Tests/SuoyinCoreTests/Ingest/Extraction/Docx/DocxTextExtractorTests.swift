import Foundation
import Testing
@testable import SuoyinCore

private typealias P = DocxFixture

/// The extracted text of a Word file whose body is `body`.
private func extract(_ body: String, title: String = "", styles: String? = DocxFixture.styles) throws -> ExtractedText {
    try DocxTextExtractor.extract(from: DocxFixture.docx(body: body, title: title, styles: styles))
}

@Suite("DocxTextExtractor")
struct DocxTextExtractorTests {
    @Test("a Word report gives its paragraphs, table cells and tabs as lines, with headings and title")
    func report() throws {
        let body = [
            P.paragraph("无锡市锡山区人民政府", "2022年法治政府建设工作报告", style: "a3"),
            P.paragraph("2022年,在区委的坚强领导下,", "全区各级行政机关", "坚持依法行政。"),
            P.paragraph("一、坚持强化组织领导,夯实法治政府建设基础", style: "1"),
            P.paragraph("(一)深入学习宣传贯彻习近平法治思想。", style: "2"),
            "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>"
                + "<w:r><w:t>事项</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>数量</w:t></w:r></w:p>",
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"a6\"/></w:tblPr><w:tr>",
            "<w:tc>" + P.paragraph("赋权事项") + "</w:tc>",
            "<w:tc>" + P.paragraph("851项") + P.paragraph("逐项研判") + "</w:tc>",
            "</w:tr></w:tbl>",
            "<w:p/>", P.paragraph("  "), "<w:p/>",
            P.paragraph("二、坚持推动改革创新", style: "Heading1"),
            P.paragraph("深化“放管服”改革。"),
        ].joined()
        let extracted = try extract(body, title: " 锡山区2022年法治政府建设工作报告 ")
        #expect(extracted.text.components(separatedBy: "\n") == [
            "无锡市锡山区人民政府2022年法治政府建设工作报告",
            "2022年,在区委的坚强领导下,全区各级行政机关坚持依法行政。",
            "一、坚持强化组织领导,夯实法治政府建设基础",
            "(一)深入学习宣传贯彻习近平法治思想。",
            "事项\t数量",
            "赋权事项",
            "851项",
            "逐项研判",
            "",
            "二、坚持推动改革创新",
            "深化“放管服”改革。",
        ])
        #expect(extracted.title == "锡山区2022年法治政府建设工作报告")
        #expect(extracted.headingLevels == [1: 1, 3: 1, 4: 2, 10: 1])
    }

    /// Found by the `docx` fuzz target: a carriage return inside a run made the
    /// passage splitter count one more line than the extractor.
    @Test("a line end written as a character reference inside a run is a space, not a new line")
    func carriageReturnInRun() throws {
        let extracted = try extract(P.paragraph("依法&#13;行政", "治&#10;理") + P.paragraph("第二段"))
        #expect(extracted.text == "依法 行政治 理\n第二段")
    }

    @Test("without a dc:title, the first heading is the title")
    func titleFromHeading() throws {
        let body = P.paragraph("正文在前") + P.paragraph("第一章 总则", style: "2") + P.paragraph("第二章", style: "1")
        #expect(try extract(body).title == "第一章 总则")
        #expect(try extract(P.paragraph("只有正文")).title == nil)
    }

    @Test("style ids resolve through styles.xml names, outline levels and basedOn")
    func styleResolution() throws {
        let body = [
            P.paragraph("基于标题2的自定义样式", style: "a5"),
            P.paragraph("未定义的英文样式", style: "Heading3"),
            P.paragraph("未定义的样式", style: "a9"),
            "<w:p><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr><w:r><w:t>段落自带大纲级别</w:t></w:r></w:p>",
            "<w:p><w:pPr><w:pStyle w:val=\"1\"/><w:outlineLvl w:val=\"9\"/></w:pPr><w:r><w:t>正文级别</w:t></w:r></w:p>",
        ].joined()
        #expect(try extract(body).headingLevels == [1: 2, 2: 3, 4: 3])
    }

    @Test("without styles.xml, the English style ids still make headings")
    func noStyles() throws {
        let body = P.paragraph("标题", style: "Title") + P.paragraph("一", style: "Heading1")
            + P.paragraph("二", style: "heading2") + P.paragraph("中文编号", style: "1")
        #expect(try extract(body, styles: nil).headingLevels == [1: 1, 2: 1, 3: 2])
    }

    @Test("line breaks split a paragraph; a heading's lines are all headings")
    func lineBreaks() throws {
        let body = #"<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t>"#
            + #"<w:br w:type="page"/></w:r></w:p>"# + P.paragraph("后文")
        let extracted = try extract(body)
        #expect(extracted.text == "第一行\n第二行\n后文")
        #expect(extracted.headingLevels == [1: 1, 2: 1])
    }

    @Test("deleted text, field codes, old formatting and text-box fallbacks are not text")
    func hiddenMarkup() throws {
        let body = [
            "<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>",
            "<w:ins><w:r><w:t>插入</w:t></w:r></w:ins><w:moveFrom><w:r><w:t>移走</w:t></w:r></w:moveFrom></w:p>",
            "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>",
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>第3页</w:t></w:r>",
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>",
            "<w:p><w:pPr><w:pPrChange w:id=\"1\"><w:pPr><w:pStyle w:val=\"1\"/></w:pPr></w:pPrChange></w:pPr>",
            "<w:r><w:t>曾是标题</w:t></w:r></w:p>",
            "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>",
            P.paragraph("文本框"),
            "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>",
            P.paragraph("文本框"),
            "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>",
            "<w:r><w:t>锚定段落</w:t></w:r></w:p>",
        ].joined()
        let extracted = try extract(body)
        #expect(extracted.text == "保留插入\n第3页\n曾是标题\n文本框\n锚定段落")
        #expect(extracted.headingLevels.isEmpty)
    }

    @Test("XML entities, character references and preserved spaces come through")
    func xmlText() throws {
        let body = P.paragraph("A &amp; B &lt;C&gt; &#x6CD5;治", "  两个空格  之间")
        #expect(try extract(body).text == "A & B <C> 法治  两个空格  之间")
    }

    @Test("the main part is found through _rels/.rels")
    func mainPartFromRelationships() throws {
        let data = try DocxFixture.zip([
            "[Content_Types].xml": DocxFixture.contentTypes,
            "_rels/.rels": DocxFixture.relationships(mainPart: "/word/document2.xml"),
            "word/document2.xml": DocxFixture.document(P.paragraph("另一个主文档", style: "1")),
            "word/styles.xml": DocxFixture.styles,
        ])
        let extracted = try DocxTextExtractor.extract(from: data)
        #expect(extracted == ExtractedText(text: "另一个主文档", title: "另一个主文档", headingLevels: [1: 1]))
    }

    @Test("files that are not Word documents fail with a reason, never a crash")
    func failures() throws {
        func reason(_ data: Data) -> String? {
            do {
                _ = try DocxTextExtractor.extract(from: data)
                return nil
            } catch {
                return error.reason
            }
        }
        let notZIP = "not a valid .docx file (it is not a ZIP archive)"
        #expect(reason(Data()) == notZIP)
        #expect(reason(Data("PK\u{3}\u{4} 这不是压缩文件".utf8)) == notZIP)
        #expect(reason(Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })) == notZIP)
        #expect(reason(try DocxFixture.zip(["readme.txt": "hello"])) == "not a valid .docx file (it has no word/document.xml)")
        let malformed = try DocxFixture.zip(["word/document.xml": "<w:document><w:body><w:p></w:body>"])
        #expect(reason(malformed) == "damaged .docx file (word/document.xml is not well-formed XML at line 1)")
        let whole = try DocxFixture.docx(body: P.paragraph("正文"))
        for cut in stride(from: 0, to: whole.count, by: 97) {
            #expect(reason(whole.prefix(cut)) != nil, "a .docx cut at byte \(cut) should fail")
        }
    }

    @Test("style names that make headings", arguments: [
        ("heading 1", 1), ("Heading 9", 9), ("heading1", 1), ("HEADING 3", 3), ("Title", 1), ("title", 1),
        ("标题 2", 2), ("标题2", 2), ("标题", 1),
    ])
    func headingNames(name: String, level: Int) {
        #expect(DocxStyles.headingLevel(ofName: name) == level)
    }

    @Test("style names that do not", arguments: ["Normal", "heading 0", "heading 10", "Subtitle", "heading 1 Char", "标题 1 字符", ""])
    func nonHeadingNames(name: String) {
        #expect(DocxStyles.headingLevel(ofName: name) == nil)
    }
}
