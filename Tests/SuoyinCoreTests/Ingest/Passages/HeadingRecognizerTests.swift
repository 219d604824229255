import Testing
@testable import SuoyinCore

@Suite("HeadingRecognizer")
struct HeadingRecognizerTests {
    @Test("numbered labels are headings, with their rank and first clause", arguments: [
        // Chinese numeral + 、
        ("一、切實履行主體責任,高位推動法治政府建設", Heading(rank: 10, text: "一、切實履行主體責任,高位推動法治政府建設")),
        ("十二、强化法治保障", Heading(rank: 10, text: "十二、强化法治保障")),
        ("一百零一、附则", Heading(rank: 10, text: "一百零一、附则")),
        // Parenthesised Chinese numeral, full-width, ASCII or mixed
        ("（一）及时组织传达学习。党的二十大胜利闭幕后", Heading(rank: 11, text: "（一）及时组织传达学习")),
        ("(一)及时组织传达学习。党的二十大胜利闭幕后", Heading(rank: 11, text: "(一)及时组织传达学习")),
        ("（十三)混合括号", Heading(rank: 11, text: "（十三)混合括号")),
        // Arabic numeral + . 、 ．
        ("1.宣传贯彻新《中华人民共和国行政处罚法》。印发", Heading(rank: 12, text: "1.宣传贯彻新《中华人民共和国行政处罚法》")),
        ("2、加强监督", Heading(rank: 12, text: "2、加强监督")),
        ("12．完善制度;落实责任", Heading(rank: 12, text: "12．完善制度")),
        ("３.全角数字", Heading(rank: 12, text: "３.全角数字")),
        // Parenthesised Arabic numeral
        ("（1）严格执法！", Heading(rank: 13, text: "（1）严格执法")),
        ("(10)规范程序?其他", Heading(rank: 13, text: "(10)规范程序")),
        // 第X章 / 第X节 / 第X条
        ("第一章 总则", Heading(rank: 7, text: "第一章 总则")),
        ("第3章 附则", Heading(rank: 7, text: "第3章 附则")),
        ("第二节 行政复议", Heading(rank: 8, text: "第二节 行政复议")),
        ("第二節 行政復議", Heading(rank: 8, text: "第二節 行政復議")),
        ("第十条 本办法自发布之日起施行。", Heading(rank: 9, text: "第十条 本办法自发布之日起施行")),
        // Markdown
        ("# 法治政府建设报告", Heading(rank: 1, text: "法治政府建设报告")),
        ("### 三、主要举措。说明", Heading(rank: 3, text: "三、主要举措。说明")),
        ("###### 第六级", Heading(rank: 6, text: "第六级")),
        // Leading and trailing whitespace
        ("\u{3000}\u{3000}二、坚持推动改革创新 ", Heading(rank: 10, text: "二、坚持推动改革创新")),
        ("  (一)深入学习宣传贯彻习近平法治思想。贯彻", Heading(rank: 11, text: "(一)深入学习宣传贯彻习近平法治思想")),
        ("\t1.", Heading(rank: 12, text: "1.")),
    ])
    func headings(line: String, expected: Heading) {
        #expect(HeadingRecognizer.heading(inLine: line[...]) == expected)
    }

    @Test("numbers, enumerations and prose are not headings", arguments: [
        "2021年是“十四五”规划的起步之年",  // a year
        "1.5亿元用于基础设施",              // a decimal
        "1、2、3号文件",                   // a list of numbers
        "2023.全年工作",                   // four digits: a year, not a point
        "(2021-2025年)规划",               // digits in parentheses, but not a label
        "(1000)超过三位",                   // too many digits for a point number
        "一是嚴格落實黨政主體責任。",         // an enumeration inside a paragraph
        "十分重要、必须落实",                // 十 starts a word here
        "第一次会议",                       // 第X but not 章/节/条
        "第条",                            // no number
        "#标题",                           // Markdown needs a space after the #s
        "####### 七级",                    // Markdown stops at six
        "（一",                            // unclosed
        "()空括号",
        "巴音郭楞蒙古自治州人民政府",
        "",
        "\u{3000} ",
    ])
    func notHeadings(line: String) {
        #expect(HeadingRecognizer.heading(inLine: line[...]) == nil)
    }

    @Test("ranks nest Markdown, then 章 节 条, then 一、 （一） 1. （1）")
    func rankOrder() {
        let lines = ["# 一", "###### 六", "第一章", "第一节", "第一条", "一、", "（一）", "1.", "（1）"]
        let ranks = lines.compactMap { HeadingRecognizer.heading(inLine: $0[...])?.rank }
        #expect(ranks == [1, 6, 7, 8, 9, 10, 11, 12, 13])
    }

    @Test("a heading longer than 60 characters is cut at its first comma")
    func longHeadingCutAtComma() {
        let line = "一、坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神和习近平法治思想，全面推进法治政府建设各项工作落地见效"
        #expect(HeadingRecognizer.heading(inLine: line[...])?.text == "一、坚持以习近平新时代中国特色社会主义思想为指导")
        let ascii = "(二)" + String(repeating: "法", count: 30) + ":" + String(repeating: "治", count: 40)
        #expect(HeadingRecognizer.heading(inLine: ascii[...])?.text == "(二)" + String(repeating: "法", count: 30))
    }

    @Test("a long heading with no usable comma keeps 60 characters and an ellipsis")
    func longHeadingEllipsis() {
        let noComma = "一、" + String(repeating: "法", count: 70)
        #expect(HeadingRecognizer.heading(inLine: noComma[...])?.text == "一、" + String(repeating: "法", count: 58) + "…")
        // A comma right after the label would leave only the label.
        let early = "一、法，" + String(repeating: "治", count: 70)
        #expect(HeadingRecognizer.heading(inLine: early[...])?.text == "一、法，" + String(repeating: "治", count: 56) + "…")
        // A comma beyond 60 characters would still be too long.
        let late = "一、" + String(repeating: "法", count: 65) + "，后文"
        #expect(HeadingRecognizer.heading(inLine: late[...])?.text == "一、" + String(repeating: "法", count: 58) + "…")
    }

    @Test("a 第X条 heading with a long first sentence is just its label")
    func longArticle() {
        let line = "第一条　为了规范" + String(repeating: "行政执法行为", count: 12) + "，制定本办法。"
        #expect(HeadingRecognizer.heading(inLine: line[...]) == Heading(rank: 9, text: "第一条"))
    }

    @Test("a heading of exactly 60 characters is kept whole")
    func sixtyCharacters() {
        let line = "一、" + String(repeating: "法", count: 58) + "。后文"
        #expect(HeadingRecognizer.heading(inLine: line[...])?.text == "一、" + String(repeating: "法", count: 58))
    }
}
