import Testing
import TestSupport
@testable import TextAnalysis

/// The runs of `units` that `HanRuns.forEach` yields, as strings.
private func runs(_ units: [UInt16]) -> [String] {
    var buffer: [UInt32] = []
    var found: [String] = []
    units.withUnsafeBufferPointer { text in
        HanRuns.forEach(in: text, buffer: &buffer) { run in
            found.append(String(String.UnicodeScalarView(run.map { Unicode.Scalar($0)! })))
        }
    }
    return found
}

private func runs(_ text: String) -> [String] { runs(Array(text.utf16)) }

/// The runs of UTF-8 `bytes` that `HanRuns.forEach(inUTF8:)` yields, as strings.
private func runs(utf8 bytes: [UInt8]) -> [String] {
    var buffer: [UInt32] = []
    var found: [String] = []
    bytes.withUnsafeBufferPointer { text in
        HanRuns.forEach(inUTF8: text, buffer: &buffer) { run in
            found.append(String(String.UnicodeScalarView(run.map { Unicode.Scalar($0)! })))
        }
    }
    return found
}

/// The runs the tokenizer makes of `text` in documents, read back from its
/// terms: a run of n characters is n − 1 bigrams, each starting with the
/// character the last one ended with, then a final term of the last
/// character and a marker; words and gaps come only between runs.
private func tokenizerRuns(_ text: String) -> [String] {
    let markers: Set<UInt32> = [UInt32(BigramTokenizer.gap), UInt32(BigramTokenizer.joined)]
    func isCJK(_ scalar: Unicode.Scalar) -> Bool { CharacterClass(scalar.value) == .cjk }
    var found: [String] = []
    var run: [Unicode.Scalar] = []
    for term in Analyzer.terms(in: text, mode: .document) {
        let scalars = Array(term.text.unicodeScalars)
        if scalars.count == 2, isCJK(scalars[0]), isCJK(scalars[1]) {
            #expect(run.isEmpty || run.last == scalars[0], "bigram \(term) does not continue \(run)")
            run += run.isEmpty ? scalars : [scalars[1]]
        } else if scalars.count == 2, isCJK(scalars[0]), markers.contains(scalars[1].value) {
            #expect(run.isEmpty || run.last == scalars[0], "final \(term) does not end \(run)")
            if run.isEmpty { run = [scalars[0]] }
            found.append(String(String.UnicodeScalarView(run)))
            run = []
        } else {
            #expect(run.isEmpty, "\(term) inside a run")
        }
    }
    #expect(run.isEmpty, "a run without its final term")
    return found
}

/// `HanRuns` yields exactly the folded runs of CJK characters that the
/// tokenizer turns into bigrams, from the UTF-16 the index stores.
@Suite("HanRuns")
struct HanRunsTests {
    @Test("the folded CJK runs of a text", arguments: [
        ("中文檢索，GDP增長", ["中文检索", "增长"]),   // folded; punctuation and words separate runs
        ("", []),
        ("GDP 2022", []),                            // no CJK at all
        ("法", ["法"]),
        ("2022年度", ["年度"]),                      // a word just before a run
        ("黨的領導", ["党的领导"]),
        ("カナ한국", ["カナ한국"]),                  // kana and hangul are CJK, one run
        ("二〇二二年々", ["二〇二二年々"]),           // 〇 and 々 are CJK
        ("中😀文\u{FFFD}字\u{0}典", ["中", "文", "字", "典"]), // emoji, U+FFFD and NUL separate runs
        ("𠀀𠀁", ["𠀀𠀁"]),                          // supplementary-plane Han: one run of two
        ("中　文", ["中", "文"]),                    // the ideographic space separates
        ("ａｂ中文", ["中文"]),                      // full-width letters are a word
    ])
    func truthTable(text: String, expected: [String]) {
        #expect(runs(text) == expected)
        #expect(runs(utf8: Array(text.utf8)) == expected)
        #expect(tokenizerRuns(text) == expected)
    }

    @Test("a lone surrogate is a separator; a pair is one character", arguments: [
        ([0x4E2D, 0xD800, 0x6587], ["中", "文"]),           // lone high surrogate inside a run
        ([0x4E2D, 0xDC00, 0x6587], ["中", "文"]),           // lone low surrogate
        ([0x4E2D, 0xD840], ["中"]),                         // high surrogate at the end
        ([0xDC00, 0xD840, 0x4E2D], ["中"]),                 // a pair in the wrong order: two separators
        ([0xD840, 0xDC00, 0x4E2D], ["𠀀中"]),               // U+20000 then 中
        ([0xD83D, 0xDE00, 0x4E2D], ["中"]),                 // 😀 as a pair: a separator
    ] as [([UInt16], [String])])
    func surrogates(units: [UInt16], expected: [String]) {
        #expect(runs(units) == expected)
        // The tokenizer sees a lone surrogate as U+FFFD, the replacement a String makes of it.
        #expect(tokenizerRuns(String(decoding: units, as: UTF16.self)) == expected)
    }

    @Test("random text: the runs are the tokenizer's runs (seeded)")
    func randomText() {
        var random = SplitMix64(seed: 0x4841_4E52)
        let characters: [String] = [
            "中", "文", "檢", "索", "黨", "法", "治", "政", "府", "々", "〇", "カ", "ナ", "한", "국", "𠀀", "𠀁",
            "a", "Z", "9", "ｇ", "２", "é", "，", "。", " ", "　", "\n", "😀", "\u{FFFD}", "\u{0}", "-",
        ]
        // Lone surrogates too, which only UTF-16 can hold.
        let pool = characters.map { Array($0.utf16) } + [[0xD800], [0xDC00], [0xDBFF]]
        var found = 0
        for _ in 0..<2000 {
            let units = (0..<Int.random(in: 0...40, using: &random)).flatMap { _ in pool.randomElement(using: &random)! }
            let text = String(decoding: units, as: UTF16.self)
            let expected = tokenizerRuns(text)
            #expect(runs(units) == expected, "\(units)")
            found += expected.count
        }
        #expect(found > 4000)
    }

    @Test("the buffer is reused: a run yielded earlier does not leak into the next text")
    func bufferReuse() {
        var buffer: [UInt32] = []
        var found: [[UInt32]] = []
        for text in ["中文检索", "法", "，", "政府"] {
            Array(text.utf16).withUnsafeBufferPointer { units in
                HanRuns.forEach(in: units, buffer: &buffer) { found.append(Array($0)) }
            }
        }
        #expect(found.map { String(String.UnicodeScalarView($0.map { Unicode.Scalar($0)! })) } == ["中文检索", "法", "政府"])
    }

    @Test("UTF-8 input: invalid sequences separate runs as lone surrogates do in UTF-16", arguments: [
        ([0xE4, 0xB8, 0xAD, 0xFF, 0xE6, 0x96, 0x87], ["中", "文"]),        // an invalid byte inside a run
        ([0xE4, 0xB8, 0xAD, 0xE6, 0x96, 0xE6, 0x96, 0x87], ["中", "文"]),  // a truncated character
        ([0xE4, 0xB8, 0xAD, 0xED, 0xA0, 0x80, 0xE6, 0x96, 0x87], ["中", "文"]),  // an encoded surrogate
        ([0xE4, 0xB8], []),                                                 // truncated at the end
        ([0xF0, 0xA0, 0x80, 0x80, 0xE4, 0xB8, 0xAD], ["𠀀中"]),
    ] as [([UInt8], [String])])
    func invalidUTF8(bytes: [UInt8], expected: [String]) {
        #expect(runs(utf8: bytes) == expected)
        #expect(tokenizerRuns(String(decoding: bytes, as: UTF8.self)) == expected)
    }

    @Test("random text: UTF-8 and UTF-16 give the same runs (seeded)")
    func bothForms() {
        var random = SplitMix64(seed: 0x5554_4638)
        let pool = ["中", "檢", "黨", "法", "々", "カ", "한", "𠀀", "a", "ｇ", "，", "　", "😀", "\u{FFFD}", "\u{0}"]
        for _ in 0..<1000 {
            let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in pool.randomElement(using: &random)! }.joined()
            #expect(runs(utf8: Array(text.utf8)) == runs(text), "\(text)")
        }
    }
}
