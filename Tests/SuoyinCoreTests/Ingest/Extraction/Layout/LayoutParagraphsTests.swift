import Testing
@testable import SuoyinCore

/// One case of paragraph rebuilding: pages of lines and the paragraphs they
/// make, each written `p<page> <text>`.
struct LayoutCase: CustomTestStringConvertible, Sendable {
    var name: String
    var pages: [[LayoutLines.Spec]]
    var paragraphs: [String]
    var testDescription: String { name }
}

private typealias L = LayoutLines

// Thirty characters fill the 360 pt measure at 12 pt; twenty-eight fill it after a two-character indent.
private let full30 = "区政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习"
private let full28 = "对法治政府建设工作精心部署、对重大问题加强研究、重点环节"

@Suite("LayoutParagraphs")
struct LayoutParagraphsTests {
    static let cases: [LayoutCase] = [
        LayoutCase(name: "a Chinese wrap joins with no space, so 重大问⏎题 is one phrase", pages: [[
            L.line("坚持以习近平法治思想为指导，对法治政府建设工作精心部署、", x: 96, y: 100),
            L.line("重点环节着力协调、重要任务强化督办、重要工作认真部署、重大问", y: 118),
            L.line("题加强研究。", y: 136),
        ]], paragraphs: ["p1 坚持以习近平法治思想为指导，对法治政府建设工作精心部署、重点环节着力协调、重要任务强化督办、重要工作认真部署、重大问题加强研究。"]),
        LayoutCase(name: "a line that stops short of the right margin ends its paragraph", pages: [[
            L.line(full28, x: 96, y: 100), L.line("题加强研究。", y: 118), L.line(full30, y: 136), L.line("督办。", y: 154),
        ]], paragraphs: ["p1 \(full28)题加强研究。", "p1 \(full30)督办。"]),
        LayoutCase(name: "an indented line starts a paragraph even after a full line", pages: [[
            L.line(full28, x: 96, y: 100), L.line(full30, y: 118), L.line(full28, x: 96, y: 136), L.line("完。", y: 154),
        ]], paragraphs: ["p1 \(full28)\(full30)", "p1 \(full28)完。"]),
        LayoutCase(name: "Latin words join with a space and a line-break hyphen is dropped", pages: [[
            L.line(full30, y: 82),
            L.line("The rule of law asks each public body for sound adminis-", x: 96, y: 100),
            L.line("tration by law, openly and fairly, in all of the daily tasks of", y: 118),
            L.line("work.", y: 136), L.line(full30, y: 154),
        ]], paragraphs: [
            "p1 \(full30)",
            "p1 The rule of law asks each public body for sound administration by law, openly and fairly, in all of the daily tasks of work.",
            "p1 \(full30)",
        ]),
        LayoutCase(name: "a change of type size ends a paragraph on both sides", pages: [[
            L.line(full28, x: 96, y: 100), ("一、坚持强化组织领导，夯实法治政府建设基础", 72, 124, 16), L.line(full30, y: 142),
            L.line("完。", y: 160),
        ]], paragraphs: ["p1 \(full28)", "p1 一、坚持强化组织领导，夯实法治政府建设基础", "p1 \(full30)完。"]),
        LayoutCase(name: "a large vertical gap ends a paragraph", pages: [[
            L.line(full28, x: 96, y: 100), L.line(full30, y: 118), L.line(full30, y: 136), L.line(full30, y: 172),
            L.line("完。", y: 190),
        ]], paragraphs: ["p1 \(full28)\(full30)\(full30)", "p1 \(full30)完。"]),
        LayoutCase(name: "heading numbering after a sentence end starts a paragraph; inside a sentence it does not", pages: [[
            L.line(full28, x: 96, y: 100), L.line("区政府坚持以习近平新时代中国特色社会主义思想为指导深入学习。", y: 118),
            L.line("二、坚持推动改革创新", y: 136), L.line(full28, x: 96, y: 154),
            L.line("根据本办法的规定，政府坚持以习近平新时代中国特色社会主义思想", y: 172),
            L.line("第三条的规定办理。", y: 190),
        ]], paragraphs: [
            "p1 \(full28)区政府坚持以习近平新时代中国特色社会主义思想为指导深入学习。", "p1 二、坚持推动改革创新",
            "p1 \(full28)根据本办法的规定，政府坚持以习近平新时代中国特色社会主义思想第三条的规定办理。",
        ]),
        LayoutCase(name: "a paragraph goes on across a page break and keeps its first page", pages: [
            [L.line(full28, x: 96, y: 100), L.line(full30, y: 118), L.line(full30, y: 136)],
            [L.line("督办。", y: 100), L.line(full28, x: 96, y: 118), L.line("完。", y: 136)],
        ], paragraphs: ["p1 \(full28)\(full30)\(full30)督办。", "p2 \(full28)完。"]),
        LayoutCase(name: "an indented line at the top of a page starts a paragraph there", pages: [
            [L.line(full28, x: 96, y: 100), L.line(full30, y: 118), L.line(full30, y: 136)],
            [L.line("区政府主要负责同志切实履行推进法治政府建设第一责任人的职", x: 96, y: 100), L.line("完。", y: 118)],
        ], paragraphs: ["p1 \(full28)\(full30)\(full30)", "p2 区政府主要负责同志切实履行推进法治政府建设第一责任人的职完。"]),
        LayoutCase(name: "lines side by side (table cells, columns) stay apart", pages: [[
            L.line("项目", y: 100), L.line("金额", x: 252, y: 100), L.line("行政复议", y: 118), L.line("56件", x: 252, y: 118),
        ]], paragraphs: ["p1 项目", "p1 金额", "p1 行政复议", "p1 56件"]),
        LayoutCase(name: "fragments of one widely spaced row join into one line", pages: [[
            L.line("second", y: 100), L.line("line", x: 72 + 36 + 19, y: 100), L.line("of", x: 72 + 36 + 19 + 24 + 19, y: 100),
            L.line("重大问", y: 118), L.line("题", x: 72 + 36 + 20, y: 118),
        ]], paragraphs: ["p1 second line of", "p1 重大问题"]),
        LayoutCase(name: "running headers (digits aside) and page numbers are not text", pages: (1...3).map { page in
            [("锡山区年度报告（2022年第\(page)期）", 72, 40, 9), L.line("正文\(["一", "二", "三"][page - 1])。", x: 96, y: 100),
             ("- \(page) -", 240, 700, 9)]
        }, paragraphs: ["p1 正文一。", "p2 正文二。", "p3 正文三。"]),
        LayoutCase(name: "a line repeated at the top of only one page of three is text", pages: [
            [("锡山区年度报告", 72, 40, 9), L.line("正文一。", x: 96, y: 100)],
            [L.line("正文二。", x: 96, y: 100)], [L.line("正文三。", x: 96, y: 100)],
        ], paragraphs: ["p1 锡山区年度报告", "p1 正文一。", "p2 正文二。", "p3 正文三。"]),
        LayoutCase(name: "a title page's title that repeats the running header in larger type is text", pages: [
            [("共享数据库规范", 72, 60, 24), L.line("正文一。", x: 96, y: 100)],
            [("共享数据库规范", 72, 40, 9), L.line("正文二。", x: 96, y: 100)],
            [("共享数据库规范", 72, 40, 9), L.line("正文三。", x: 96, y: 100)],
        ], paragraphs: ["p1 共享数据库规范", "p1 正文一。", "p2 正文二。", "p3 正文三。"]),
        LayoutCase(name: "one line left of the text (a header, a heading) does not make the text look indented", pages: [[
            ("Appendix A: Copying", 54, 40, 12), L.line("The rule of law asks each public body for sound and lawful", y: 100),
            L.line("administration by law, openly and fairly, in all of the daily", y: 118),
            L.line("work.", y: 136),
        ]], paragraphs: [
            "p1 Appendix A: Copying",
            "p1 The rule of law asks each public body for sound and lawful administration by law, openly and fairly, in all of the daily work.",
        ]),
        LayoutCase(name: "list items with hanging indents: each item is one paragraph", pages: [[
            L.line("A. Use in the Title Page a title distinct from that of the", x: 80, y: 100),
            L.line("Document, and from those of all previous versions, which", x: 98, y: 118),
            L.line("should be listed in the History section of the Document.", x: 98, y: 136),
            L.line("B. List on the Title Page, as authors, one or more persons", x: 80, y: 154),
            L.line("organisations.", x: 98, y: 172),
        ]], paragraphs: [
            "p1 A. Use in the Title Page a title distinct from that of the Document, and from those of all previous versions, which should be listed in the History section of the Document.",
            "p1 B. List on the Title Page, as authors, one or more persons organisations.",
        ]),
        LayoutCase(name: "blank lines are dropped and control characters become spaces", pages: [[
            L.line("  ", y: 100), L.line("甲\n乙\r丙", y: 118), L.line("\u{3000}", y: 136),
        ]], paragraphs: ["p1 甲 乙 丙"]),
        // Found by the layout fuzz target: such a line made an empty paragraph.
        LayoutCase(name: "a line of control characters alone has no text", pages: [
            [L.line("\u{7}\u{1E}", y: 100)], [L.line("正文", y: 100)],
        ], paragraphs: ["p2 正文"]),
        LayoutCase(name: "no pages, or pages with no lines, give no paragraphs", pages: [[], []], paragraphs: []),
    ]

    @Test("paragraphs are rebuilt from positions", arguments: cases)
    func rebuild(_ testCase: LayoutCase) {
        #expect(LayoutLines.paragraphs(testCase.pages) == testCase.paragraphs)
    }

    @Test("coordinates that are not numbers, and any page numbers, neither crash nor lose text")
    func oddInput() {
        let odd = [
            PositionedLine(text: "甲", page: 7, xMin: .nan, yMin: .infinity, xMax: -.infinity, yMax: .nan, fontSize: .nan),
            PositionedLine(text: "乙", page: 7, xMin: 1e308, yMin: -1e308, xMax: 1e308, yMax: 1e308),
        ]
        let other = odd.map { line in
            var line = line
            line.text = line.text == "甲" ? "丙" : "丁"
            return line
        }
        let pages = [
            LayoutPage(number: Int.max, width: .nan, height: -1, lines: odd),
            LayoutPage(number: Int.min, width: 0, height: 0, lines: other),
        ]
        let paragraphs = LayoutParagraphs.paragraphs(in: pages)
        #expect(paragraphs.map(\.text).joined().sorted() == ["丁", "丙", "乙", "甲"])
        #expect(paragraphs.allSatisfy { $0.page == Int.max || $0.page == Int.min })
    }
}
