import Testing
@testable import SuoyinCore

@Suite("Layout parts: joining, page numbers, page starts, titles")
struct LayoutPartsTests {
    @Test("pieces join with no space for Chinese, a space for Latin words, and without a line-break hyphen",
          arguments: [
              (["重大问", "题"], "重大问题"),
              (["Rule of", "law"], "Rule of law"),
              (["adminis-", "tration"], "administration"),
              (["non-", "Chinese"], "non-Chinese"),        // a hyphen before a capital is kept, no space
              (["2022-", "2023"], "2022-2023"),            // nor is a hyphen after a digit dropped
              (["GDP", "增长"], "GDP增长"),
              (["增长", "GDP"], "增长GDP"),
              (["“法治", "政府”"], "“法治政府”"),
              (["the “Title Page”", "means"], "the “Title Page” means"),  // quotes beside Latin are Latin
              (["“法治政府”", "means"], "“法治政府”means"),
              (["said:", "“Rule"], "said: “Rule"),
              (["total:", "56"], "total: 56"),
              (["法治，", "Rule"], "法治，Rule"),
              (["soft\u{AD}", "ware"], "software"),
              (["  甲  ", "  乙"], "甲乙"),
              (["", " ", "甲"], "甲"),
          ])
    func joins(pieces: [String], joined: String) {
        #expect(LayoutJoin.joined(pieces) == joined)
    }

    @Test("page numbers in their usual shapes are recognised; text is not", arguments: [
        ("3", true), ("- 3 -", true), ("—3—", true), ("－ 12 －", true), ("第3页", true), ("第 3 页", true),
        ("第三页", true), ("第3页 共12页", true), ("共12页 第3页", true), ("3/12", true), ("3 / 12", true),
        ("Page 3", true), ("page 3 of 12", true), ("３", true), ("- iii -", false),
        ("2022年", false), ("第3条", false), ("3、", false), ("第3页正文", false), ("一、总则", false), ("", false),
    ])
    func pageNumbers(text: String, isPageNumber: Bool) {
        #expect(PageFurniture.isPageNumber(text) == isPageNumber)
    }

    @Test("page starts give each line its page, also when a page only continues a paragraph")
    func pageStarts() {
        // Lines 1–2 start on page 1, line 3 on page 2, page 3 holds only the rest of line 3, line 4 starts on page 4.
        let pages = PageLines(pageCount: 5, linePages: [1, 1, 2, 4])
        #expect(pages.starts == [1, 3, 4, 4, 5])
        #expect((0...5).map { pages.page(ofLine: $0) } == [1, 1, 1, 2, 4, 5])
        #expect(pages.stored == "1,3,4,4,5")
        #expect(PageLines(stored: "1,3,4,4,5") == pages)
        #expect(PageLines(pageCount: 2, linePages: [2, 2]).starts == [1, 1])
        #expect(PageLines(pageCount: 0, linePages: []).starts == [])
        for bad in ["", "1,,3", "3,1", "0", "1,x", "-1"] { #expect(PageLines(stored: bad) == nil, "\(bad)") }
    }

    @Test("the title is the largest type of the first page, on as many lines as it takes, never a letterhead")
    func titles() {
        func paragraph(_ text: String, _ size: Double, page: Int = 1) -> LayoutParagraph {
            LayoutParagraph(text: text, page: page, size: size)
        }
        let body = (1...5).map { paragraph("正文第\($0)段，说明法治政府建设的情况。", 12) }
        #expect(LayoutTitle.title(in: [paragraph("锡山区人民政府文件", 36), paragraph("锡政发〔2022〕3号", 12),
                                       paragraph("关于法治政府建设", 22), paragraph("情况的报告", 22)] + body)
            == "关于法治政府建设情况的报告")
        #expect(LayoutTitle.title(in: [paragraph("小标题", 14)] + body) == "小标题")
        // 13 pt is not more than a tenth larger than 12 pt: no title.
        #expect(LayoutTitle.title(in: [paragraph("小标题", 13)] + body) == nil)
        // Body-size text only, or a larger line only on a later page: no title.
        #expect(LayoutTitle.title(in: body) == nil)
        #expect(LayoutTitle.title(in: body + [paragraph("第二页的大字", 22, page: 2)]) == nil)
        #expect(LayoutTitle.title(in: []) == nil)
    }

    @Test("a running header set larger than anything else is never the title")
    func runningHeaderIsNotTheTitle() {
        let pages = LayoutLines.pages((1...3).map { page in
            [("锡山区法治政府建设年度报告", 72, 40, 20)]
                + (page == 1 ? [("关于法治政府建设情况的报告", 72, 100, 16)] : [])
                + (0..<3).map { LayoutLines.line("第\(page)页正文第\($0)段。", x: 96, y: 130 + 18 * Double($0)) }
        })
        let paragraphs = LayoutParagraphs.paragraphs(in: pages)
        #expect(!paragraphs.contains { $0.text.contains("年度报告") })
        #expect(LayoutTitle.title(in: paragraphs) == "关于法治政府建设情况的报告")
    }
}
