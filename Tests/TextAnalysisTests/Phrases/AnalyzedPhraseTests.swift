import Testing
@testable import TextAnalysis

@Suite("AnalyzedPhrase")
struct AnalyzedPhraseTests {
    @Test("terms and the prefix rule: a lone CJK last term matches as a prefix", arguments: [
        ("法", ["法"], true),                        // one character: the prefix query "法"*
        ("2022年", ["2022", "年"], true),            // finds 2022年度
        ("年，", ["年"], true),                      // trailing punctuation ends nothing in a query
        ("カ", ["カ"], true),                        // kana is CJK
        ("法治", ["法治"], false),                   // a bigram is whole
        ("法治政府", ["法治", "治政", "政府"], false),
        ("法治，政府", ["法治", "治\u{1}", "政府"], false),
        ("GDP", ["gdp"], false),                     // words are whole
        ("法治abc", ["法治", "治\u{2}", "abc"], false),
        ("Σ", ["σ"], false),                         // one letter is a word, not a prefix
    ] as [(String, [String], Bool)])
    func prefixRule(text: String, terms: [String], prefix: Bool) throws {
        let phrase = try #require(AnalyzedPhrase(analyzing: text))
        #expect(phrase.terms == terms)
        #expect(phrase.lastTermIsPrefix == prefix)
        #expect(AnalyzedPhrase.isPrefix(lastTerm: terms.last!) == prefix)
    }

    @Test("nothing to search for: no phrase", arguments: ["", " ", "，。", "😀", "\u{FFFD}"])
    func empty(text: String) {
        #expect(AnalyzedPhrase(analyzing: text) == nil)
    }

    @Test("the Han run a phrase spells, folded, and its key", arguments: [
        ("法", "法"),
        ("法治", "法治"),
        ("法治政府建設", "法治政府建设"),             // folded
        ("黨", "党"),
        ("𠀀𠀁", "𠀀𠀁"),
        ("2022年", nil),                             // a word before the run
        ("法治，政府", nil),                          // two runs
        ("法治abc", nil),
        ("GDP", nil),
        ("ab", nil),                                 // a two-letter word is not a bigram
    ] as [(String, String?)])
    func hanRun(text: String, run: String?) throws {
        let phrase = try #require(AnalyzedPhrase(analyzing: text))
        #expect(phrase.hanRun == run.map { $0.unicodeScalars.map(\.value) })
        #expect(phrase.runKey == run.map { Array($0.utf8) })
    }

    @Test("a run's key is its UTF-8, the same for the writer's runs and a query's")
    func runKey() {
        #expect(HanRuns.key(of: [0x6CD5, 0x6CBB]) == Array("法治".utf8))
        #expect(HanRuns.key(of: [UInt32]()) == [])
        var buffer: [UInt32] = []
        var keys: [[UInt8]] = []
        Array("法治，政府".utf16).withUnsafeBufferPointer { text in
            HanRuns.forEach(in: text, buffer: &buffer) { keys.append(HanRuns.key(of: $0)) }
        }
        #expect(keys == [AnalyzedPhrase(analyzing: "法治")!.runKey!, AnalyzedPhrase(analyzing: "政府")!.runKey!])
    }
}
