import Testing
import TestSupport
@testable import SuoyinCore


@Suite("PassageSplitter on random and edge text")
struct RandomTextTests {
    /// Han, punctuation of both widths, every kind of line end and blank,
    /// heading labels, combining marks, emoji, U+FFFD and NUL.
    private static let alphabet: [String] = [
        "法", "治", "一", "十", "、", "。", "！", "？", "；", "!", "?", ";", "”", "」", ")", "\"",
        "，", ",", "：", " ", "\u{3000}", "\u{A0}", "\t", "\r", "\n", "\r\n", "第", "章", "条",
        "(", "（", "）", "1", "２", ".", "#", "e\u{301}", "👩‍👩‍👧", "𠀀", "\u{FFFD}", "\u{0}", "\u{2028}",
    ]

    @Test("invariants hold for random text at several passage limits", arguments: [300, 7, 2, 1])
    func randomText(maxLength: Int) {
        var generator = SplitMix64(seed: 2024)
        for _ in 0..<500 {
            let length = Int.random(in: 0...80, using: &generator)
            let text = (0..<length).map { _ in Self.alphabet.randomElement(using: &generator)! }.joined()
            PassageInvariants.check(PassageSplitter(maxLength: maxLength).passages(in: text), of: text, maxLength: maxLength)
        }
    }

    @Test("a 6 MB line with no punctuation splits into full-limit pieces")
    func hugeLine() {
        let text = String(repeating: "法治", count: 1_000_000)  // 2 million scalars, 6 MB
        let passages = PassageSplitter().passages(in: text)
        #expect(passages.count == 6667)
        #expect(passages.dropLast().allSatisfy { $0.end - $0.start == 300 })
        #expect(passages.last.map { $0.start..<$0.end } == 1_999_800..<2_000_000)
    }

    @Test("a document that is a single newline kind or whitespace has no passages", arguments: [
        "\n", "\r", "\r\n", "\u{3000}", "\u{2028}", " \t \n\u{A0}",
    ])
    func blank(text: String) {
        #expect(PassageSplitter().passages(in: text).isEmpty)
    }

    @Test("U+2028 and U+0085 are whitespace inside a line, not line ends")
    func unicodeSeparators() {
        let passages = PassageSplitter().passages(in: "甲\u{2028}乙\u{85}丙")
        #expect(passages.map(\.text) == ["甲\u{2028}乙\u{85}丙"])
    }
}
