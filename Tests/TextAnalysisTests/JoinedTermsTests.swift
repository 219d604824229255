import Testing
import TestSupport
@testable import TextAnalysis

/// The index's terms (``BigramTokenizer/tokenizeForIndex(_:emit:)``) as
/// `"term@start..<end"`, a colocated one marked `~`; markers shown as in
/// BigramTokenizerTests (`|` gap, `+` joined) and `^` for the joined-word marker.
private func indexTerms(_ text: String) -> [String] {
    var utf8 = Array(text.utf8)
    var terms: [String] = []
    _ = utf8.withUnsafeMutableBufferPointer { buffer in
        BigramTokenizer().tokenizeForIndex(UnsafeBufferPointer(buffer)) { term, start, end, colocated in
            terms.append((colocated ? "~" : "") + "\(shown(String(decoding: term, as: UTF8.self)))@\(start)..<\(end)")
            return 0
        }
    }
    return terms
}

/// `term` with its markers shown, scalar by scalar: a marker followed by a
/// combining mark is one `Character`, which a `Character` replacement misses.
private func shown(_ term: String) -> String {
    String(term.unicodeScalars.map { scalar -> Character in
        switch scalar.value {
        case UInt32(BigramTokenizer.gap): "|"
        case UInt32(BigramTokenizer.joined): "+"
        case UInt32(BigramTokenizer.joinedWord): "^"
        default: Character(scalar)
        }
    })
}

@Suite("joined terms")
struct JoinedTermsTests {
    @Test("a word that a CJK term follows at once gets a colocated joined term with the word's range", arguments: [
        ("2022年度", ["2022@0..<4", "~^2022年@0..<4", "年度@4..<10", "度|@7..<10"]),
        ("第10条", ["第+@0..<3", "10@3..<5", "~^10条@3..<5", "条|@5..<8"]),
        ("GDP增长", ["gdp@0..<3", "~^gdp增@0..<3", "增长@3..<9", "长|@6..<9"]),
        ("２０２２年", ["2022@0..<12", "~^2022年@0..<12", "年|@12..<15"]),   // folded, range in the source
        ("GDP增長", ["gdp@0..<3", "~^gdp增@0..<3", "增长@3..<9", "长|@6..<9"]),  // traditional folds too
        ("GDPの", ["gdp@0..<3", "~^gdpの@0..<3", "の|@3..<6"]),             // kana is CJK
        ("a法b", ["a@0..<1", "~^a法@0..<1", "法+@1..<4", "b@4..<5"]),      // only the word before the run
    ])
    func joined(text: String, expected: [String]) {
        #expect(indexTerms(text) == expected)
    }

    @Test("no joined term where a gap term or nothing follows the word, or the word follows the run", arguments: [
        ("2022，年", ["2022@0..<4", "|@4..<7", "年|@7..<10"]),   // punctuation: the gap term comes between
        ("2022 年", ["2022@0..<4", "|@4..<5", "年|@5..<8"]),     // so does a space
        ("法治2022", ["法治@0..<6", "治+@3..<6", "2022@6..<10"]),  // a word at the end
        ("GDP", ["gdp@0..<3"]),
        ("GDP，2022", ["gdp@0..<3", "|@3..<6", "2022@6..<10"]),  // a word, then a word
        ("", []),
    ])
    func notJoined(text: String, expected: [String]) {
        #expect(indexTerms(text) == expected)
    }

    @Test("a cut long word's joined term holds the cut word, over the word's range")
    func longWord() {
        let word = String(repeating: "a", count: BigramTokenizer.maximumWordBytes)
        #expect(indexTerms(String(repeating: "a", count: 200) + "年") == ["\(word)@0..<128", "~^\(word)年@0..<128", "年|@200..<203"])
    }

    @Test("random input: without the joined terms the index's terms are the document terms; one joined term per word before a CJK term")
    func randomInput() {
        var generator = SplitMix64(seed: 7)
        let alphabet = Array("法治年度条abcXYZ０１２，。 \u{3000}\n😀\u{FFFD}\u{0}\u{1}\u{3}\u{301}𠀀カ한Σ".unicodeScalars)
        for _ in 0..<500 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int(generator.next() % 40) {
                scalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
            }
            let text = String(scalars)
            let index = indexTerms(text)
            let plain = index.filter { !$0.hasPrefix("~") }
            let document = Analyzer.terms(in: text, mode: .document)
            #expect(plain == document.map { "\(shown($0.text))@\($0.byteRange.lowerBound)..<\($0.byteRange.upperBound)" },
                    "\(text)")
            let expectedJoined = zip(document, document.dropFirst()).filter { word, next in
                CharacterClass(word.text.unicodeScalars.first!.value) == .word
                    && CharacterClass(next.text.unicodeScalars.first!.value) == .cjk
            }.map { word, next in
                "~^" + shown(word.text) + String(next.text.unicodeScalars.first!)
                    + "@\(word.byteRange.lowerBound)..<\(word.byteRange.upperBound)"
            }
            #expect(index.filter { $0.hasPrefix("~") } == expectedJoined, "\(text)")
        }
    }

    @Test("a query phrase's joined term: a word, then a lone character matched as a prefix", arguments: [
        ("2022年", "\u{3}2022年"),
        ("第10条", "\u{3}10条"),
        ("GDP增", "\u{3}gdp增"),
        ("ＧＤＰ增", "\u{3}gdp增"),     // folded as the index folds
        ("2022 年", nil),              // a gap term before the character
        ("法，年", nil),
        ("年", nil),                   // no word
        ("2022年度", nil),              // not a prefix
        ("2022", nil),
        ("年2022", nil),
    ] as [(String, String?)])
    func queryJoinedTerm(text: String, joined: String?) throws {
        #expect(try #require(AnalyzedPhrase(analyzing: text)).joinedTerm == joined)
    }
}
