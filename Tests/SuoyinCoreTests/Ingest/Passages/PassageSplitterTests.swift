import Testing
@testable import SuoyinCore

/// Passages as `"line:column start..<end text"`, which reads as a table.
private func layout(_ text: String, maxLength: Int = 300) -> [String] {
    PassageSplitter(maxLength: maxLength).passages(in: text).map {
        "\($0.line):\($0.column) \($0.start)..<\($0.end) \($0.text)"
    }
}

/// Each passage's text and section, as `"text ← outer › inner"`.
private func sections(_ text: String) -> [String] {
    PassageSplitter().passages(in: text).map { "\($0.text) ← \($0.section.joined(separator: " › "))" }
}

@Suite("PassageSplitter: lines, offsets and sections")
struct PassageSplitterTests {
    @Test("an empty or blank document has no passages")
    func empty() {
        #expect(layout("") == [])
        #expect(layout("\n\r\n\r \t\u{3000}\u{A0}\n") == [])
    }

    @Test("a passage is a whole line; offsets count scalars and \"\\r\\n\" as two")
    func crlf() {
        #expect(PassageSplitter().passages(in: "标题\r\n\u{3000}正文。") == [
            Passage(line: 1, column: 1, start: 0, end: 2, text: "标题", section: []),
            Passage(line: 2, column: 2, start: 5, end: 8, text: "正文。", section: []),
        ])
    }

    @Test("a lone \"\\r\" ends a line, and blank lines still count")
    func loneCarriageReturn() {
        #expect(layout("甲\r乙\r\r丙") == ["1:1 0..<1 甲", "2:1 2..<3 乙", "4:1 5..<6 丙"])
        #expect(layout("甲\n\r乙") == ["1:1 0..<1 甲", "3:1 3..<4 乙"])  // "\n\r" is two line ends
    }

    @Test("leading and trailing whitespace of any kind is excluded")
    func trimming() {
        // Offsets: \n0 ␠1 \t2 U+3000 3 \n4 U+00A0 5 正6 文7 U+00A0 8 ␠9 \n10
        #expect(layout("\n \t\u{3000}\n\u{A0}正文\u{A0} \n") == ["3:2 6..<8 正文"])
        #expect(layout("\u{3000}\u{3000}一、总则\u{2003}\r\n") == ["1:3 2..<6 一、总则"])
        // Inner whitespace stays.
        #expect(layout("  会议时间:2023-02-08\u{A0}\u{A0} 出席人数") == ["1:3 2..<24 会议时间:2023-02-08\u{A0}\u{A0} 出席人数"])
    }

    @Test("a website chrome line makes no passage, and later lines keep their numbers and offsets")
    func chrome() {
        // Offsets: ␠0 ␠1 发2 … 数23 \n24 正25 文26 。27
        #expect(layout("  发布时间:2023-02-08\u{A0}\u{A0} 浏览次数\n正文。") == ["2:1 25..<28 正文。"])
        #expect(layout("当前位置:首页/专题专栏\n\n标题\n网站地图|联系我们") == ["3:1 14..<16 标题"])
        // The same words in a sentence are text.
        #expect(layout("发布时间:2023-02-08,浏览次数:120次。") == ["1:1 0..<26 发布时间:2023-02-08,浏览次数:120次。"])
    }

    @Test("a chrome line of 100 scalars makes no passage; at 101 it is text")
    func chromeLength() {
        let bar = "发布时间:2023-02-08 浏览次数:"  // 21 scalars
        #expect(layout(bar + String(repeating: "8", count: 79)) == [])
        let long = PassageSplitter().passages(in: bar + String(repeating: "8", count: 80))
        #expect(long.map { $0.start..<$0.end } == [0..<101])
    }

    @Test("the last line needs no newline, and a final newline adds no passage")
    func finalNewline() {
        #expect(layout("一行\n二行") == ["1:1 0..<2 一行", "2:1 3..<5 二行"])
        #expect(layout("一行\n二行\n") == ["1:1 0..<2 一行", "2:1 3..<5 二行"])
    }

    @Test("offsets count scalars, not characters or bytes")
    func scalarsNotCharacters() {
        // "e\u{301}" is one Character but two scalars; "𠀀" is four UTF-8 bytes, one scalar.
        #expect(layout("e\u{301}𠀀\n法") == ["1:1 0..<3 e\u{301}𠀀", "2:1 4..<5 法"])
    }

    @Test("a heading's own line is in the enclosing section; later lines are under it")
    func sectionsFollowHeadings() {
        let text = """
        一、总则
        （一）适用范围。本办法适用于全市。
        正文甲。
        （二）定义
        1.术语。
        正文乙。
        二、附则
        正文丙。
        """
        #expect(sections(text) == [
            "一、总则 ← ",
            "（一）适用范围。本办法适用于全市。 ← 一、总则",
            "正文甲。 ← 一、总则 › （一）适用范围",
            "（二）定义 ← 一、总则",
            "1.术语。 ← 一、总则 › （二）定义",
            "正文乙。 ← 一、总则 › （二）定义 › 1.术语",
            "二、附则 ← ",
            "正文丙。 ← 二、附则",
        ])
    }

    @Test("chapters, sections and articles nest outside numbered points")
    func legalStructure() {
        let text = "第一章 总则\n第一条 为了规范执法。\n一、适用范围\n第二节 程序\n正文。\n第二章 附则\n正文。"
        #expect(sections(text) == [
            "第一章 总则 ← ",
            "第一条 为了规范执法。 ← 第一章 总则",
            "一、适用范围 ← 第一章 总则 › 第一条 为了规范执法",
            "第二节 程序 ← 第一章 总则",
            "正文。 ← 第一章 总则 › 第二节 程序",
            "第二章 附则 ← ",
            "正文。 ← 第二章 附则",
        ])
    }

    @Test("Markdown headings nest by level and outrank numbered headings")
    func markdown() {
        let text = "# 报告\n## 一、举措\n（一）学习。\n正文。\n## 二、不足\n正文。\n# 附录\n正文。"
        #expect(sections(text) == [
            "# 报告 ← ",
            "## 一、举措 ← 报告",
            "（一）学习。 ← 报告 › 一、举措",
            "正文。 ← 报告 › 一、举措 › （一）学习",
            "## 二、不足 ← 报告",
            "正文。 ← 报告 › 二、不足",
            "# 附录 ← ",
            "正文。 ← 附录",
        ])
    }

    @Test("blank lines neither make passages nor close sections")
    func blankLinesKeepSections() {
        #expect(sections("一、总则\n\n\u{3000}\n正文。") == ["一、总则 ← ", "正文。 ← 一、总则"])
    }
}
