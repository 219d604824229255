import Testing
import TestSupport
@testable import TextAnalysis

@Suite("PhraseScanner")
struct PhraseScannerTests {
    /// `scanner`'s positions and byte ranges of phrase `index` in `text`.
    private func scan(_ scanner: PhraseScanner, _ index: Int, in text: String) -> (positions: [Int], ranges: [Range<Int>]) {
        var text = text
        return text.withUTF8 { bytes in
            let terms = scanner.terms(of: bytes)
            return (scanner.positions(of: index, in: terms), scanner.byteRanges(of: index, in: terms, text: bytes))
        }
    }

    // Document terms of "2022年度，法治政府": 2022@0 年度@1 度|@2 法治@3 治政@4 政府@5 府|@6.
    @Test("the positions PhraseMatcher finds, and the bytes a match covers", arguments: [
        ("2022年", [0], [0..<7]),     // 年 as a prefix of 年度 covers 年 alone
        ("2022年度", [0], [0..<10]),
        ("年", [1], [4..<7]),
        ("度", [2], [7..<10]),         // 度| starts with 度; the prefix covers the character, not the comma
        ("法治政府", [3], [13..<25]),
        ("府", [6], [22..<25]),
        ("年度，法治", [1], [4..<19]),
        ("年度法治", [], []),
        ("2022", [0], [0..<4]),
        ("202", [], []),
    ] as [(String, [Int], [Range<Int>])])
    func truthTable(phrase: String, positions: [Int], ranges: [Range<Int>]) throws {
        let scanner = try #require(PhraseScanner([AnalyzedPhrase(analyzing: phrase)!]))
        let found = scan(scanner, 0, in: "2022年度，法治政府")
        #expect(found.positions == positions)
        #expect(found.ranges == ranges)
    }

    @Test("a numeral's lone final character: before a separator, a word, another character, the end")
    func finalCharacter() throws {
        let scanner = try #require(PhraseScanner([AnalyzedPhrase(analyzing: "2018年")!, AnalyzedPhrase(analyzing: "2018")!]))
        for (text, count) in [("2018年，", 1), ("2018年5月", 1), ("2018年度", 1), ("2018年", 1), ("2018 年", 0),
                              ("2018，年", 0), ("12018年", 0), ("2018年2018年度2018", 2)] {
            var text = text
            let terms = text.withUTF8 { scanner.terms(of: $0) }
            #expect(scanner.count(of: 0, in: terms) == count, "\(text)")
        }
    }

    @Test("random phrases in random texts: the same positions as PhraseMatcher")
    func randomAgainstMatcher() throws {
        var random = SplitMix64(seed: 31)
        let pieces = ["法", "治", "政府", "2018", "年", "度", "，", " ", "第", "10", "条", "GDP", "建設", "建设", "、"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...14, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let phrases = (0..<Int.random(in: 1...4, using: &random)).compactMap { _ in
                AnalyzedPhrase(analyzing: (0..<Int.random(in: 1...3, using: &random))
                    .map { _ in pieces.randomElement(using: &random)! }.joined())
            }
            guard !phrases.isEmpty else { continue }
            let scanner = try #require(PhraseScanner(phrases))
            let matcher = PhraseMatcher(text: text)
            for (index, phrase) in phrases.enumerated() {
                #expect(scan(scanner, index, in: text).positions == matcher.positions(of: phrase), "\(phrase) in \(text)")
            }
        }
    }

    @Test("more distinct terms than bits: no scanner")
    func tooManyTerms() {
        // 90 different characters from the CJK block: 89 distinct bigrams.
        let long = AnalyzedPhrase(analyzing: String(String.UnicodeScalarView((0..<90).map { Unicode.Scalar(0x5000 + 7 * $0)! })))!
        #expect(Set(long.terms).count > PhraseScanner.maximumKeys)
        #expect(PhraseScanner([long]) == nil)
    }
}
