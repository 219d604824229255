import Foundation
import Testing
@testable import SuoyinCore

private typealias L = OFDFixture.Line

/// A two-page official document set as OFD producers write one.
enum OFDOfficialDocument {
    static let opening = "2022年，在区委的坚强领导下，全区各级行政机关坚持依法行政，法治政府建设取得新成效。"
        + "对法治政府建设重要工作精心部署、重大问题加强研究、重点环节着力协调。"
    static let closing = "全区共办理行政复议案件126件，行政诉讼案件应诉率继续保持较高水平，行政机关负责人出庭应诉制度全面落实。"

    static var pages: [[OFDFixture.Line]] {
        let body = OFDFixture.paragraph(opening, y: 118)
        let afterBody = body.last!.y + 10
        let heading = L(text: "（一）深入学习宣传贯彻习近平法治思想。", x: OFDFixture.left + 2 * OFDFixture.bodySize,
                        y: afterBody + 10, perCharacter: true)
        let firstPage = [
            OFDFixture.centred("锡山区人民政府文件", y: 45, size: 12),
            OFDFixture.centred("锡政发〔2023〕5号", y: 62),
            OFDFixture.centred("无锡市锡山区人民政府关于2022年", y: 80, size: 7.7),
            OFDFixture.centred("法治政府建设工作情况的报告", y: 92, size: 7.7),
            L(text: "各镇人民政府，各街道办事处，区各委办局：", x: OFDFixture.left, y: 108),
        ] + body + [
            L(text: "一、坚持强化组织领导", x: OFDFixture.left + 2 * OFDFixture.bodySize, y: afterBody),
            heading,
            L(text: "Rule", x: 40, y: 220), L(text: "of", x: 40 + 4 * 2.8 + 1.4, y: 220),
            L(text: "law", x: 40 + 6 * 2.8 + 2 * 1.4, y: 220),
            L(text: "行政复议案件", x: OFDFixture.left, y: 232), L(text: "126件", x: 150, y: 232),
            OFDFixture.centred("— 1 —", y: 285),
        ]
        let secondPage = OFDFixture.paragraph(closing, y: 40) + [
            L(text: "无锡市锡山区人民政府", x: 120, y: 100), L(text: "2023年2月8日", x: 130, y: 110),
            OFDFixture.centred("— 2 —", y: 285),
        ]
        return [firstPage, secondPage]
    }
}

@Suite("OFDTextExtractor")
struct OFDTextExtractorTests {
    @Test("DeltaX: numbers and g-repeats, capped by the characters; nonsense stops it")
    func deltas() {
        #expect(OFDGlyphRun.deltas("5.6 g 3 2.8 5.6", count: 5) == [5.6, 2.8, 2.8, 2.8, 5.6])
        #expect(OFDGlyphRun.deltas("g 999999999999 1", count: 3) == [1, 1, 1])
        #expect(OFDGlyphRun.deltas(" 1\n2\t3 4", count: 3) == [1, 2, 3])
        #expect(OFDGlyphRun.deltas("1 g x 2", count: 3) == [1])
        #expect(OFDGlyphRun.deltas("abc", count: 3) == [])
        #expect(OFDGlyphRun.deltas("g -5 1 2", count: 3) == [2])
    }

    @Test("characters go from X, Y inside the Boundary, by DeltaX, else their em or half-em width; a CTM moves and scales them")
    func glyphPositions() {
        let run = OFDGlyphRun(text: "法治a", x: 1, y: 5, deltaX: "4", size: 5, origin: (10, 20), transform: nil)
        #expect(run.glyphs.map(\.x) == [11, 15, 20])
        #expect(run.glyphs.map(\.y) == [25, 25, 25])
        #expect(run.glyphs.map(\.advance) == [4, 5, 2.5])
        let scaled = OFDGlyphRun(text: "法治", x: 1, y: 5, deltaX: "4", size: 5, origin: (10, 20), transform: [2, 0, 0, 2, 3, 0])
        #expect(scaled.glyphs.map(\.x) == [15, 23])
        #expect(scaled.glyphs.map(\.y) == [30, 30])
        #expect(scaled.size == 10)
    }

    @Test("paths from OFD.xml and Document.xml resolve from their folder and never climb above the package")
    func paths() {
        #expect(OFDStructure.resolve("Pages/Page_0/Content.xml", from: "Doc_0") == "Doc_0/Pages/Page_0/Content.xml")
        #expect(OFDStructure.resolve("/Doc_0/./Pages/Page_1/Content.xml", from: "Doc_9") == "Doc_0/Pages/Page_1/Content.xml")
        #expect(OFDStructure.resolve("../../../etc/passwd", from: "Doc_0") == "etc/passwd")
        #expect(OFDStructure.resolve("Doc_0/Document.xml", from: "") == "Doc_0/Document.xml")
    }

    @Test("a page's text objects become lines: by baseline and gap, per-character objects joined, Latin words spaced")
    func pageLines() throws {
        let pages = OFDOfficialDocument.pages
        let data = try OFDFixture.ofd(pages: pages)
        let package = try DocxPackage(data: data, format: "OFD")
        let content = try #require(try package.part("Doc_0/Pages/Page_0/Content.xml"))
        let page = try OFDPageReader.page(in: content, number: 1, path: "p", defaultSize: .init(box: "0 0 210 297"))
        let body = OFDFixture.paragraph(OFDOfficialDocument.opening, y: 118).map(\.text)
        #expect(body.count == 3)
        #expect(page.lines.map(\.text) == [
            "锡山区人民政府文件", "锡政发〔2023〕5号", "无锡市锡山区人民政府关于2022年", "法治政府建设工作情况的报告",
            "各镇人民政府，各街道办事处，区各委办局：",
        ] + body + [
            "一、坚持强化组织领导", "（一）深入学习宣传贯彻习近平法治思想。", "Rule of law", "行政复议案件", "126件", "— 1 —",
        ])
        let points = OFDPageReader.pointsPerMillimetre
        #expect(abs(page.width - 210 * points) < 1e-9 && abs(page.height - 297 * points) < 1e-9)
        let greeting = page.lines[4]
        #expect(abs(greeting.xMin - 26 * points) < 1e-9)
        #expect(abs(greeting.xMax - (26 + 20 * 5.6) * points) < 1e-9)
        #expect(abs(greeting.yMax - (108 + 0.56) * points) < 1e-9)
        #expect(abs((greeting.fontSize ?? 0) - 5.6 * points) < 1e-9)
        #expect(page.lines.allSatisfy { $0.page == 1 })
    }

    @Test("a two-page document: paragraphs rebuilt across wraps, page numbers dropped, pages and title kept")
    func document() throws {
        let extracted = try OFDTextExtractor.extract(from: OFDFixture.ofd(pages: OFDOfficialDocument.pages, title: " 文档标题 "))
        // The body paragraph was set on three lines (坚持依法 | 行政), the closing one on two.
        #expect(OFDFixture.paragraph(OFDOfficialDocument.opening, y: 0).count == 3)
        #expect(OFDFixture.paragraph(OFDOfficialDocument.closing, y: 0).count == 2)
        #expect(extracted.text.components(separatedBy: "\n") == [
            "锡山区人民政府文件", "锡政发〔2023〕5号", "无锡市锡山区人民政府关于2022年", "法治政府建设工作情况的报告",
            "各镇人民政府，各街道办事处，区各委办局：", OFDOfficialDocument.opening, "一、坚持强化组织领导",
            "（一）深入学习宣传贯彻习近平法治思想。", "Rule of law", "行政复议案件", "126件",
            OFDOfficialDocument.closing, "无锡市锡山区人民政府", "2023年2月8日",
        ])
        // Page 2 starts at line 12; "— 1 —" and "— 2 —" are gone.
        #expect(extracted.pageLines == PageLines(starts: [1, 12]))
        #expect(extracted.title == "文档标题")
        #expect(extracted.headingLevels.isEmpty)
        // Without DocInfo/Title: the largest type of the first page that is not the letterhead.
        #expect(try OFDTextExtractor.extract(from: OFDFixture.ofd(pages: OFDOfficialDocument.pages)).title
                == "无锡市锡山区人民政府关于2022年法治政府建设工作情况的报告")
    }

    @Test("broken files fail with a reason naming OFD")
    func failures() throws {
        func reason(_ data: Data) -> String? {
            do {
                _ = try OFDTextExtractor.extract(from: data)
                return nil
            } catch {
                return error.reason
            }
        }
        #expect(reason(Data("OFD".utf8)) == "not a valid OFD file (it is not a ZIP archive)")
        #expect(reason(try DocxFixture.zip(["Doc_0/Document.xml": "<a/>"])) == "not a valid OFD file (it has no OFD.xml)")
        #expect(reason(try DocxFixture.zip(["OFD.xml": "<ofd:OFD xmlns:ofd=\"x\"><ofd:DocBody/></ofd:OFD>"]))
                == "not a valid OFD file (OFD.xml names no document root that it holds)")
        #expect(reason(try DocxFixture.zip(["OFD.xml": "<OFD><DocBody><DocRoot>Doc_0/Document.xml"]))?
            .hasPrefix("damaged OFD file (OFD.xml is not well-formed XML") == true)
        #expect(reason(try OFDFixture.ofd(pages: [[], [L(text: "   ", x: 10, y: 10)]]))
                == "no text to index (a scanned OFD needs OCR first)")
    }
}
