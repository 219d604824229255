import Testing
@testable import TextAnalysis

/// ``WidthFolding`` alone: full-width ASCII forms and the ideographic space
/// become ASCII; nothing else changes, and letters keep their case.
@Suite("WidthFolding")
struct WidthFoldingTests {
    @Test("full-width ASCII forms become ASCII, case kept", arguments: [
        ("！", "!"),  // U+FF01, the first full-width form
        ("～", "~"),  // U+FF5E, the last
        ("Ａ", "A"), ("ｚ", "z"), ("０", "0"), ("９", "9"),
        ("：", ":"), ("（", "("), ("）", ")"), ("－", "-"), ("／", "/"), ("．", "."),
        ("\u{3000}", " "),  // the ideographic space
    ] as [(Unicode.Scalar, Unicode.Scalar)])
    func folds(wide: Unicode.Scalar, narrow: Unicode.Scalar) {
        #expect(WidthFolding.fold(wide.value) == narrow.value)
        #expect(WidthFolding.fold(wide) == narrow)
    }

    @Test("everything else is left alone", arguments: [
        0xFF00,  // unassigned, just below the full-width forms
        0xFF5F, 0xFF60,  // the white parentheses ｟｠ after them have no ASCII form
        0xFF61, 0xFF9F,  // half-width katakana
        0xFFE0, 0xFFE5,  // ￠ ￥
        0x41, 0x61, 0x20, 0x7E,  // ASCII
        0x3001, 0x3002, 0x300C,  // 、。「: CJK punctuation is not ASCII
        0x6CD5, 0x8A2D,  // 法 設: Han is not width folding's business
        0x2F00, 0x1F600,  // ⼀ 😀
    ] as [UInt32])
    func unchanged(codePoint: UInt32) {
        #expect(WidthFolding.fold(codePoint) == codePoint)
    }

    @Test("every full-width form is its ASCII character plus U+FEE0")
    func wholeRange() {
        for codePoint in UInt32(0xFF01)...0xFF5E {
            #expect(WidthFolding.fold(codePoint) == codePoint - 0xFEE0)
            #expect((0x21...0x7E).contains(WidthFolding.fold(codePoint)))
        }
    }
}
