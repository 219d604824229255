import Testing
@testable import SuoyinCore

/// `count` copies of `filler` followed by `ending`.
private func sentence(_ filler: Character, _ count: Int, _ ending: String) -> String {
    String(repeating: filler, count: count) + ending
}

/// Each passage's scalar range within the document.
private func ranges(_ passages: [Passage]) -> [Range<Int>] {
    passages.map { $0.start..<$0.end }
}

@Suite("PassageSplitter: long lines")
struct LongLineSplittingTests {
    @Test("a 1000-character line is packed greedily into whole sentences of at most 300")
    func packsSentences() {
        let sentences = [
            sentence("甲", 119, "。"),        // 0..<120
            sentence("乙", 148, "！”"),       // 120..<270: the closing quote stays
            " " + sentence("丙", 78, ";"),     // 270..<350: ASCII semicolon; the space is trimmed
            sentence("丁", 199, "？"),        // 350..<550
            sentence("戊", 249, "。"),        // 550..<800
            sentence("己", 199, "；"),        // 800..<1000
        ]
        let line = sentences.joined()
        #expect(line.unicodeScalars.count == 1000)
        let passages = PassageSplitter().passages(in: "标题\n" + line + "\n尾")
        let body = passages.filter { $0.line == 2 }
        // Offsets are in the document: the line starts at scalar 3.
        #expect(ranges(body) == [3..<273, 274..<553, 553..<803, 803..<1003])
        #expect(body.map(\.column) == [1, 272, 551, 801])
        #expect(body.map(\.text) == [
            sentences[0] + sentences[1],
            String(sentences[2].dropFirst()) + sentences[3],
            sentences[4],
            sentences[5],
        ])
        #expect(body.allSatisfy { $0.text.unicodeScalars.count <= 300 })
        #expect(passages.first?.text == "标题" && passages.last?.text == "尾" && passages.last?.line == 3)
    }

    @Test("a 700-character line with no punctuation is cut hard at the limit")
    func hardSplit() {
        let line = String(repeating: "法", count: 700)
        let passages = PassageSplitter().passages(in: line)
        #expect(ranges(passages) == [0..<300, 300..<600, 600..<700])
        #expect(passages.map(\.column) == [1, 301, 601])
        #expect(passages.map(\.line) == [1, 1, 1])
    }

    @Test("a sentence longer than the limit is cut after its last comma that fits")
    func commaSplit() {
        let fullWidth = sentence("法", 200, "，") + sentence("治", 80, "、") + sentence("政", 119, "。")
        #expect(ranges(PassageSplitter().passages(in: fullWidth)) == [0..<282, 282..<402])
        let ascii = sentence("法", 250, ",") + sentence("治", 149, "。")
        #expect(ranges(PassageSplitter().passages(in: ascii)) == [0..<251, 251..<401])
        // A colon counts too; a comma past the limit does not.
        let colon = sentence("法", 100, "：") + sentence("治", 250, "，") + "后。"
        #expect(ranges(PassageSplitter().passages(in: colon)) == [0..<101, 101..<354])
    }

    @Test("whole sentences are preferred to a later comma")
    func sentenceBeforeComma() {
        let line = sentence("甲", 99, "。") + sentence("乙", 150, "，") + sentence("丙", 150, "。")
        #expect(ranges(PassageSplitter().passages(in: line)) == [0..<100, 100..<251, 251..<402])
    }

    @Test("every piece of a long line shares the line's number and section")
    func piecesShareSection() {
        let text = "一、总则\n" + String(repeating: sentence("法", 99, "。"), count: 5)
        let body = PassageSplitter().passages(in: text).dropFirst()
        #expect(body.count == 2)
        #expect(body.allSatisfy { $0.line == 2 && $0.section == ["一、总则"] })
    }

    @Test("a long heading line is split like any other, and heads what follows")
    func longHeadingLine() {
        let text = "（一）及时组织传达学习。" + String(repeating: sentence("法", 99, "。"), count: 3) + "\n正文。"
        let passages = PassageSplitter().passages(in: text)
        #expect(passages.map(\.section) == [[], [], ["（一）及时组织传达学习"]])
        #expect(ranges(passages) == [0..<212, 212..<312, 313..<316])
    }

    @Test("a smaller limit gives smaller pieces")
    func customLimit() {
        let passages = PassageSplitter(maxLength: 5).passages(in: "一二三。四五六七八九十")
        #expect(passages.map(\.text) == ["一二三。", "四五六七八", "九十"])
    }
}
