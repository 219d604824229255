import Testing
import TestSupport
@testable import TextAnalysis

/// Terms with byte ranges, as `"term@start..<end"`; the gap marker is shown
/// as `|` and the joined marker as `+`.
private func analyze(_ text: String, _ mode: BigramTokenizer.Mode = .document) -> [String] {
    Analyzer.terms(in: text, mode: mode).map { "\(shown($0.text))@\($0.byteRange.lowerBound)..<\($0.byteRange.upperBound)" }
}

private func shown(_ term: String) -> String {
    term.replacingOccurrences(of: Analyzer.gap, with: "|").replacingOccurrences(of: Analyzer.joined, with: "+")
}

@Suite("BigramTokenizer")
struct BigramTokenizerTests {
    @Test("a Han run becomes overlapping bigrams plus a final term in documents", arguments: [
        ("中文檢索", ["中文@0..<6", "文检@3..<9", "检索@6..<12", "索|@9..<12"]),
        ("法", ["法|@0..<3"]),
        ("法治", ["法治@0..<6", "治|@3..<6"]),
    ])
    func documentHanRuns(text: String, expected: [String]) {
        #expect(analyze(text) == expected)
    }

    @Test("queries: no final term for the last run, which the document may continue", arguments: [
        ("中文檢索", ["中文@0..<6", "文检@3..<9", "检索@6..<12"]),
        ("法", ["法@0..<3"]),
        ("2022年", ["2022@0..<4", "年@4..<7"]),
        ("法治，政府", ["法治@0..<6", "治|@3..<9", "政府@9..<15"]),
        ("法治abc", ["法治@0..<6", "治+@3..<6", "abc@6..<9"]),
        ("，法治，", ["法治@3..<9"]),
        ("年，", ["年@0..<3"]),
        ("2022，年", ["2022@0..<4", "|@4..<7", "年@7..<10"]),
    ])
    func queryRuns(text: String, expected: [String]) {
        #expect(analyze(text, .query) == expected)
    }

    @Test("punctuation and class changes end runs; offsets are in the original bytes")
    func separatorsAndClasses() {
        #expect(analyze("２０２２年度GDP增長") == [
            "2022@0..<12", "年度@12..<18", "度+@15..<18", "gdp@18..<21", "增长@21..<27", "长|@24..<27",
        ])
        #expect(analyze("法治、 政府。") == ["法治@0..<6", "治|@3..<10", "政府@10..<16", "府|@13..<19"])
        #expect(analyze("GDP，2022") == ["gdp@0..<3", "|@3..<6", "2022@6..<10"])
        #expect(analyze("GDP。") == ["gdp@0..<3"])
        #expect(analyze("  ，。！") == [])
    }

    @Test("one term per character of a run, so a phrase cannot bridge runs")
    func positions() {
        let terms = Analyzer.terms(in: "依法治，治政府", mode: .document)
        #expect(terms.map(\.position) == [0, 1, 2, 3, 4, 5])
        #expect(terms.map { shown($0.text) } == ["依法", "法治", "治|", "治政", "政府", "府|"])
    }

    @Test("kana and hangul form runs; emoji, U+FFFD and NUL are separators")
    func otherScripts() {
        #expect(analyze("カナ") == ["カナ@0..<6", "ナ|@3..<6"])
        #expect(analyze("한국") == ["한국@0..<6", "국|@3..<6"])
        #expect(analyze("中😀文\u{FFFD}字\u{0}") == ["中|@0..<7", "文|@7..<13", "字|@13..<17"])
    }

    @Test("supplementary-plane Han characters are CJK")
    func supplementaryHan() {
        #expect(analyze("𠀀𠀁") == ["𠀀𠀁@0..<8", "𠀁|@4..<8"])
    }

    @Test("invalid UTF-8 bytes are separators and never crash")
    func invalidBytes() {
        let bytes: [UInt8] = [0xE4, 0xB8, 0xAD, 0xFF, 0xE6, 0x96, 0x87, 0xE6, 0x96, 0xC0, 0x80]
        var seen: [String] = []
        _ = bytes.withUnsafeBufferPointer { buffer in
            BigramTokenizer().tokenize(buffer, mode: .document) { term, start, end in
                seen.append("\(shown(String(decoding: term, as: UTF8.self)))@\(start)..<\(end)")
                return 0
            }
        }
        #expect(seen == ["中|@0..<4", "文|@4..<11"])
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

    @Test("the term count is the number of document terms", arguments: ["", "法", "依法治，治政府", "GDP，2022年度", "。。"])
    func termCount(text: String) {
        var utf8 = Array(text.utf8)
        let count = utf8.withUnsafeMutableBufferPointer { BigramTokenizer().termCount(UnsafeBufferPointer($0)) }
        #expect(count == Analyzer.terms(in: text, mode: .document).count)
    }

    @Test("random input: ranges in bounds and on scalar boundaries; every CJK character starts one term; every substring's query matches")
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
            let cjkCharacters = text.unicodeScalars.filter { CharacterClass(CharacterFolding.fold($0.value)) == .cjk }.count
            let cjkTerms = terms.filter { CharacterClass($0.text.unicodeScalars.first!.value) == .cjk }.count
            #expect(cjkTerms == cjkCharacters, "\(text)")

            // A substring cut anywhere but inside a word is found where it was cut from.
            let cuts = Array(0...scalars.count).filter { cut in
                cut == 0 || cut == scalars.count || !(isWord(scalars, cut - 1) && isWord(scalars, cut))
            }
            let lower = cuts[Int(generator.next() % UInt64(cuts.count))]
            let upper = cuts[Int(generator.next() % UInt64(cuts.count))]
            guard lower < upper else { continue }
            let piece = String(String.UnicodeScalarView(Array(scalars)[lower..<upper]))
            let query = Analyzer.terms(in: piece, mode: .query).map(\.text)
            guard !query.isEmpty else { continue }
            #expect(phraseMatches(query, in: terms.map(\.text)), "'\(piece)' in '\(text)'")
        }
    }

    private func isWord(_ scalars: String.UnicodeScalarView, _ offset: Int) -> Bool {
        CharacterClass(CharacterFolding.fold(Array(scalars)[offset].value)) == .word
    }

    /// FTS5's phrase rule: consecutive terms, a lone CJK last term as a prefix.
    private func phraseMatches(_ query: [String], in document: [String]) -> Bool {
        guard query.count <= document.count else { return false }
        let last = query[query.count - 1].unicodeScalars
        let lastIsPrefix = last.count == 1 && CharacterClass(last.first!.value) == .cjk
        return (0...(document.count - query.count)).contains { start in
            query.indices.allSatisfy { offset in
                let found = document[start + offset]
                return lastIsPrefix && offset == query.count - 1 ? found.hasPrefix(query[offset]) : found == query[offset]
            }
        }
    }
}
