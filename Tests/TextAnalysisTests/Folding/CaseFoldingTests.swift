import Testing
@testable import TextAnalysis

/// ``CaseFolding`` alone: Unicode's simple lower case, one code point to one.
@Suite("CaseFolding")
struct CaseFoldingTests {
    @Test("ASCII capitals become small letters; nothing else in ASCII changes")
    func ascii() {
        for codePoint in UInt32(0)..<0x80 {
            let expected = (0x41...0x5A).contains(codePoint) ? codePoint + 0x20 : codePoint
            #expect(CaseFolding.fold(codePoint) == expected, "U+\(String(codePoint, radix: 16))")
            #expect(CaseFolding.foldASCII(codePoint) == expected)
        }
    }

    @Test("foldASCII leaves every letter outside ASCII alone", arguments: [
        0xC0, 0x391, 0x3A3, 0x410, 0x42F, 0xFF21, 0x130, 0x212A,  // À Α Σ А Я Ａ İ K
    ] as [UInt32])
    func asciiOnly(codePoint: UInt32) {
        #expect(CaseFolding.foldASCII(codePoint) == codePoint)
    }

    @Test("Latin, Greek and Cyrillic capitals become small letters", arguments: [
        ("À", "à"), ("É", "é"), ("Ÿ", "ÿ"), ("Ā", "ā"),  // Latin-1 and Extended-A
        ("Α", "α"), ("Σ", "σ"), ("Ω", "ω"), ("Ά", "ά"), ("Ϊ", "ϊ"),  // Greek
        ("А", "а"), ("Д", "д"), ("Я", "я"), ("Ё", "ё"), ("Ѣ", "ѣ"), ("Ґ", "ґ"),  // Cyrillic
        ("Ա", "ա"),  // Armenian
        ("Ḁ", "ḁ"), ("Ἀ", "ἀ"),  // Latin Extended Additional, Greek Extended
    ] as [(Unicode.Scalar, Unicode.Scalar)])
    func letters(capital: Unicode.Scalar, small: Unicode.Scalar) {
        #expect(CaseFolding.fold(capital.value) == small.value)
        #expect(CaseFolding.fold(small.value) == small.value)
    }

    @Test("the dotted capital İ stays: its lower case is two code points (i and U+0307)")
    func dottedCapitalI() {
        #expect(Array("İ".lowercased().unicodeScalars) == ["i", "\u{307}"])
        #expect(CaseFolding.fold(0x130) == 0x130)
        #expect(CaseFolding.fold(0x131) == 0x131)  // the dotless ı is already small
        #expect(CaseFolding.fold(0x49) == 0x69)  // and I is plain I
    }

    @Test("final sigma and other small letters stay as they are", arguments: [
        0x3C2, 0x3C3, 0x3B1, 0x430, 0x44F, 0xDF,  // ς σ α а я ß
    ] as [UInt32])
    func smallLetters(codePoint: UInt32) {
        #expect(CaseFolding.fold(codePoint) == codePoint)
    }

    @Test("characters without case are left alone", arguments: [
        0x6CD5, 0x3000, 0xFF01, 0x30A2, 0xAC00, 0x1F600, 0x110000,  // 法, ideographic space, ！, ア, 가, 😀, not a scalar
    ] as [UInt32])
    func caseless(codePoint: UInt32) {
        #expect(CaseFolding.fold(codePoint) == codePoint)
    }
}
