import Testing
import TestSupport
@testable import TextAnalysis

/// Terms with byte ranges, as `"term@start..<end"`; the gap term is shown as `|`.
private func analyze(_ text: String, _ mode: BigramTokenizer.Mode = .document) -> [String] {
    Analyzer.terms(in: text, mode: mode).map {
        "\($0.text == Analyzer.gap ? "|" : $0.text)@\($0.byteRange.lowerBound)..<\($0.byteRange.upperBound)"
    }
}

@Suite("BigramTokenizer")
struct BigramTokenizerTests {
    @Test("a Han run becomes overlapping bigrams plus a final unigram in documents", arguments: [
        ("中文檢索", ["中文@0..<6", "文检@3..<9", "检索@6..<12", "索@9..<12"]),
        ("法", ["法@0..<3"]),
        ("法治", ["法治@0..<6", "治@3..<6"]),
    ])
    func documentHanRuns(text: String, expected: [String]) {
        #expect(analyze(text) == expected)
    }

    @Test("queries: no final unigram for the last run, which the document may continue", arguments: [
        ("中文檢索", ["中文@0..<6", "文检@3..<9", "检索@6..<12"]),
        ("法", ["法@0..<3"]),
        ("2022年", ["2022@0..<4", "年@4..<7"]),
        ("法治，政府", ["法治@0..<6", "治@3..<6", "|@6..<9", "政府@9..<15"]),
        ("法治abc", ["法治@0..<6", "治@3..<6", "abc@6..<9"]),
        ("，法治，", ["法治@3..<9"]),
    ])
    func queryRuns(text: String, expected: [String]) {
        #expect(analyze(text, .query) == expected)
    }

    @Test("punctuation and class changes end runs; offsets are in the original bytes")
    func separatorsAndClasses() {
        #expect(analyze("２０２２年度GDP增長") == [
            "2022@0..<12", "年度@12..<18", "度@15..<18", "gdp@18..<21", "增长@21..<27", "长@24..<27",
        ])
        #expect(analyze("法治、 政府。") == ["法治@0..<6", "治@3..<6", "|@6..<10", "政府@10..<16", "府@13..<16"])
        #expect(analyze("  ，。！") == [])
    }

    @Test("positions count every term, so a phrase cannot bridge runs")
    func positions() {
        let terms = Analyzer.terms(in: "依法治，治政府", mode: .document)
        #expect(terms.map(\.position) == [0, 1, 2, 3, 4, 5, 6])
        #expect(terms.map(\.text) == ["依法", "法治", "治", Analyzer.gap, "治政", "政府", "府"])
    }

    @Test("kana and hangul form runs; emoji, U+FFFD and NUL are separators")
    func otherScripts() {
        #expect(analyze("カナ") == ["カナ@0..<6", "ナ@3..<6"])
        #expect(analyze("한국") == ["한국@0..<6", "국@3..<6"])
        #expect(analyze("中😀文\u{FFFD}字\u{0}") == ["中@0..<3", "|@3..<7", "文@7..<10", "|@10..<13", "字@13..<16"])
    }

    @Test("supplementary-plane Han characters are CJK")
    func supplementaryHan() {
        #expect(analyze("𠀀𠀁") == ["𠀀𠀁@0..<8", "𠀁@4..<8"])
    }

    @Test("invalid UTF-8 bytes are separators and never crash")
    func invalidBytes() {
        let bytes: [UInt8] = [0xE4, 0xB8, 0xAD, 0xFF, 0xE6, 0x96, 0x87, 0xE6, 0x96, 0xC0, 0x80]
        var seen: [String] = []
        _ = bytes.withUnsafeBufferPointer { buffer in
            BigramTokenizer().tokenize(buffer, mode: .document) { term, start, end in
                let text = term.count == 1 && term[0] == BigramTokenizer.gap ? "|" : String(decoding: term, as: UTF8.self)
                seen.append("\(text)@\(start)..<\(end)")
                return 0
            }
        }
        #expect(seen == ["中@0..<3", "|@3..<4", "文@4..<7"])
    }

    @Test("a lone combining mark is a word and does not crash")
    func combiningMark() {
        #expect(analyze("\u{301}") == ["\u{301}@0..<2"])
    }

    @Test("very long words are cut at the byte limit, at a scalar boundary")
    func longWord() {
        let terms = Analyzer.terms(in: String(repeating: "a", count: 1000), mode: .document)
        #expect(terms.count == 1)
        #expect(terms[0].text.utf8.count == BigramTokenizer.maximumWordBytes)
    }

    @Test("random input: ranges in bounds, on scalar boundaries, query terms appear in the document")
    func randomInput() {
        var generator = SplitMix64(seed: 42)
        let alphabet = Array("法治政府建設设中文檢索年度abcXYZ０１２，。 \u{3000}\n😀\u{FFFD}\u{0}\u{301}𠀀カ한".unicodeScalars)
        for _ in 0..<500 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int(generator.next() % 40) {
                scalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
            }
            let text = String(scalars)
            let utf8 = Array(text.utf8)
            let terms = Analyzer.terms(in: text, mode: .document)
            for term in terms {
                #expect(term.byteRange.upperBound <= utf8.count)
                #expect(term.byteRange.lowerBound < term.byteRange.upperBound)
                #expect(utf8[term.byteRange.lowerBound] & 0xC0 != 0x80)
                #expect(term.byteRange.upperBound == utf8.count || utf8[term.byteRange.upperBound] & 0xC0 != 0x80)
            }
            let documentTerms = Set(terms.map(\.text))
            for term in Analyzer.terms(in: text, mode: .query) {
                #expect(documentTerms.contains(term.text))
            }
        }
    }
}

