import Foundation
@testable import SuoyinCore

extension FuzzTarget {
    /// PDF paragraphs: `pdftotext -bbox-layout` output read by
    /// ``PDFBoundingBoxes`` and rebuilt by ``LayoutParagraphs`` and
    /// ``LayoutTitle``, with the invariants of ``LayoutChecks``.
    static let layout = FuzzTarget(
        name: "layout",
        summary: "PDF bbox XHTML to paragraphs and title: one line each, known pages, only the lines' characters",
        maximumLength: 8192,
        dictionary: ["<page width=\"595\" height=\"842\">", "</page>", "<block xMin=\"72\">", "</block>", "<line ", "</line>",
                     "<word ", "</word>", "xMin=\"", "yMin=\"", "xMax=\"", "yMax=\"", "\">", "<title>", "</title>", "/>",
                     "-", "\u{AD}", "。", "一、", "（二）", "第三条", "1. ", "• ", "“", "…", "&amp;", "&#x2028;", "&#13;", "1e308"],
        seeds: { _ in LayoutChecks.seeds.map { Data($0.utf8) } },
        run: { input in
            let boxes = PDFBoundingBoxes(output: Array(input))
            LayoutChecks.check(LayoutParagraphs.paragraphs(in: boxes.pages), of: boxes.pages)
        })
}

/// The invariants of the layout target, and its seeds.
enum LayoutChecks {
    /// Every paragraph and the title are non-empty single lines; a paragraph's
    /// page is one of the input pages; every character of a paragraph or the
    /// title is in the input lines or is a space (joining Latin words adds
    /// one, and control characters become one; hyphens may be dropped).
    static func check(_ paragraphs: [LayoutParagraph], of pages: [LayoutPage]) {
        let known = Set(pages.flatMap(\.lines).flatMap(\.text.unicodeScalars))
        let numbers = Set(pages.map(\.number))
        for (index, paragraph) in paragraphs.enumerated() {
            DocumentChecks.checkOneLine(paragraph.text, "paragraph \(index + 1)")
            require(numbers.contains(paragraph.page), "paragraph \(index + 1) is on page \(paragraph.page) of \(pages.count)")
            let added = paragraph.text.unicodeScalars.first { $0 != " " && !known.contains($0) }
            require(added == nil, "paragraph \(index + 1) has \(added.map { String($0).debugDescription } ?? ""), not in any line")
        }
        if let title = LayoutTitle.title(in: paragraphs) {
            DocumentChecks.checkOneLine(title, "title")
            require(title.unicodeScalars.allSatisfy { $0 == " " || known.contains($0) }, "title \(title.debugDescription) is not the lines' text")
        }
    }

    /// Hand-written `pdftotext -bbox-layout` output (the shape poppler writes):
    /// a letterhead, a two-line title, an indented body paragraph running onto
    /// the next page, a heading, Latin words with a line-break hyphen, and a
    /// page number at the foot of each page.
    static let seeds: [String] = {
        func line(_ words: [String], _ x: Double, _ y: Double, size: Double = 16) -> String {
            "<line xMin=\"\(x)\" yMin=\"\(y)\" xMax=\"\(x + Double(words.joined().count) * size)\" yMax=\"\(y + size)\">"
                + words.map { "<word xMin=\"\(x)\" yMin=\"\(y)\" xMax=\"\(x + size)\" yMax=\"\(y + size)\">\($0)</word>" }.joined()
                + "</line>"
        }
        func block(_ lines: [String]) -> String { "<block xMin=\"72\" yMin=\"0\" xMax=\"523\" yMax=\"842\">" + lines.joined() + "</block>" }
        let first = block([line(["某某市人民政府文件"], 150, 60, size: 30)]) + block([line(["关于加强", "法治政府建设的"], 120, 140, size: 22),
                                                                      line(["实施意见"], 230, 170, size: 22)])
            + block([line(["各区人民政府，市各委办局：为贯彻落实"], 104, 230), line(["党中央决策部署，现提出如下意见。"], 72, 256)])
            + block([line(["一、总体要求"], 104, 300)]) + block([line(["Rule of law adminis-"], 72, 330, size: 12),
                                                                  line(["tration &amp; reform"], 72, 346, size: 12)])
            + block([line(["1"], 290, 800, size: 10)])
        let second = block([line(["坚持依法行政，推进严格规范公正文明执法。"], 72, 72)]) + block([line(["2"], 290, 800, size: 10)])
        let pages = "<page width=\"595.3\" height=\"841.9\">" + first + "</page><page width=\"595.3\" height=\"841.9\">" + second + "</page>"
        let head = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>实施意见</title></head><body><doc>"
        return [head + pages + "</doc></body></html>", head + pages.replacingOccurrences(of: "</page>", with: "") + "</doc>"]
    }()
}
