import Testing
@testable import TextAnalysis

@Suite("PhraseMatcher")
struct PhraseMatcherTests {
    /// The start positions of query `phrase` in document `text`.
    private func positions(_ phrase: String, in text: String) -> [Int] {
        PhraseMatcher(text: text).positions(of: AnalyzedPhrase(analyzing: phrase)!)
    }

    // Document terms of "2022年度，法治政府": 2022@0 年度@1 度|@2 法治@3 治政@4 政府@5 府|@6.
    @Test("positions, as FTS5 matches phrases", arguments: [
        ("2022年", [0]),      // 年 as a prefix of 年度
        ("2022年度", [0]),
        ("年", [1]),          // a lone character is a prefix: 年度 starts with 年
        ("度", [2]),          // 度| starts with 度
        ("法治", [3]),
        ("法治政府", [3]),
        ("政府", [5]),
        ("府", [6]),
        ("年度，法治", [1]),   // punctuation in the query matches punctuation in the text
        ("年度法治", []),      // but not its absence
        ("2022", [0]),
        ("202", []),          // words match whole
        ("度法", []),          // a phrase never bridges runs
    ] as [(String, [Int])])
    func truthTable(phrase: String, expected: [Int]) {
        #expect(positions(phrase, in: "2022年度，法治政府") == expected)
    }

    @Test("every occurrence, overlapping ones too")
    func everyOccurrence() {
        // Terms: 法法@0 法法@1 法|@2 法法@3 法|@4.
        #expect(positions("法法", in: "法法法，法法") == [0, 1, 3])
        #expect(positions("法", in: "法法法，法法") == [0, 1, 2, 3, 4])
    }

    @Test("folding: a traditional query finds simplified text and the reverse")
    func folded() {
        #expect(positions("建設", in: "法治政府建设") == [4])
        #expect(positions("建设", in: "法治政府建設") == [4])
        #expect(positions("ｇｄｐ", in: "GDP增长") == [0])
    }

    @Test("contains and the terms it matched against")
    func contains() {
        let matcher = PhraseMatcher(text: "依法行政")
        #expect(matcher.contains(AnalyzedPhrase(analyzing: "法行")!))
        #expect(!matcher.contains(AnalyzedPhrase(analyzing: "行法")!))
        #expect(matcher.terms.map(\.text) == ["依法", "法行", "行政", "政\u{1}"])
        #expect(PhraseMatcher(text: "").positions(of: AnalyzedPhrase(analyzing: "法")!) == [])
    }
}
