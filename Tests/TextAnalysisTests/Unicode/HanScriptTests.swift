import Testing
@testable import TextAnalysis

@Suite("HanScript")
struct HanScriptTests {
    @Test("the ideograph ranges, at their edges", arguments: [
        (0x33FF, false), (0x3400, true), (0x4DBF, true), (0x4DC0, false),  // Extension A; ䷀ hexagrams after it
        (0x4DFF, false), (0x4E00, true), (0x9FFF, true), (0xA000, false),  // the main block; ꀀ Yi after it
        (0xF8FF, false), (0xF900, true), (0xFAFF, true), (0xFB00, false),  // compatibility ideographs
        (0x1FFFF, false), (0x20000, true), (0x3FFFF, true), (0x40000, false),  // planes 2 and 3
        (0x3007, false), (0x3005, false), (0x2F00, false), (0x2E9F, false),  // 〇 々 ⼀ ⺟: CJK, not ideographs
        (0x3042, false), (0xAC00, false), (0x41, false),  // あ 가 A
    ] as [(UInt32, Bool)])
    func edges(codePoint: UInt32, isIdeograph: Bool) {
        #expect(HanScript.isIdeograph(codePoint) == isIdeograph)
        if let scalar = Unicode.Scalar(codePoint) { #expect(HanScript.isIdeograph(scalar) == isIdeograph) }
    }

    @Test("the main-block test is the main block's range")
    func mainBlock() {
        for codePoint in UInt32(0)..<0x11000 {
            #expect(HanScript.isInMainBlock(codePoint) == HanScript.mainBlock.contains(codePoint))
        }
        #expect(!HanScript.isInMainBlock(0xFFFF_FFFF))
    }

    @Test("the BMP ranges are the ideographs below U+10000")
    func basicMultilingualPlane() {
        for codePoint in UInt32(0)..<0x10000 {
            let inRanges = HanScript.basicMultilingualPlane.contains { $0.contains(codePoint) }
            #expect(inRanges == HanScript.isIdeograph(codePoint))
        }
    }

    @Test("every ideograph is a CJK character to the tokenizer")
    func ideographsAreCJK() {
        var ranges = HanScript.basicMultilingualPlane
        ranges.append(HanScript.supplementaryPlanes)
        let notCJK = ranges.joined().filter { CharacterClass($0) != .cjk }
        #expect(notCJK.isEmpty, "\(notCJK.prefix(5))")
    }
}
