import Testing
import TestSupport
import TextAnalysis
@testable import SuoyinCore

/// The highlights of `query` (parsed as typed) in `text`, as code point ranges.
private func highlights(_ query: String, in text: String) throws -> [Range<Int>] {
    HighlightFinder.highlights(of: try QueryParser.parse(query, scope: .passage).positivePhrases, in: text)
}

@Suite("HighlightFinder")
struct HighlightFinderTests {
    @Test("a phrase covers exactly its characters, once per occurrence", arguments: [
        ("法治", "推进法治政府建设", [2..<4]),
        ("法治政府建设", "推进法治政府建设", [2..<8]),
        ("法治", "法治政府，依法治国，法治社会", [0..<2, 6..<8, 10..<12]),
        ("2022年", "截至2022年度末", [2..<7]),
        ("GDP", "本市gdp增长", [2..<5]),
        ("督察", "推进法治政府建设", []),
    ])
    func phraseRanges(query: String, text: String, expected: [Range<Int>]) throws {
        let actual = try highlights(query, in: text)
        #expect(actual == expected)
    }

    @Test("overlapping and adjacent matches merge", arguments: [
        ("法治 治政", "法治政府", [0..<3]),          // overlapping
        ("法治 政府", "法治政府建设", [0..<4]),        // adjacent
        ("法治 建设", "法治政府建设", [0..<2, 4..<6]), // apart
        ("法 法", "依法", [1..<2]),                   // the same occurrence twice
        ("法", "法法", [0..<2]),                     // adjacent one-character matches
        ("督察 OR 法治", "法治督察", [0..<4]),         // alternatives adjacent
    ])
    func merging(query: String, text: String, expected: [Range<Int>]) throws {
        let actual = try highlights(query, in: text)
        #expect(actual == expected)
    }

    @Test("a one-character match covers that one character", arguments: [
        ("法", "依法治国", [1..<2]),      // prefix of the bigram 法治
        ("法", "依法", [1..<2]),          // the colocated last unigram
        ("法", "法", [0..<1]),            // lone
        ("法", "法治法", [0..<1, 2..<3]), // start and end of a run
        ("年", "2022年度", [4..<5]),      // prefix of 年度
        ("府", "政府", [1..<2]),
    ])
    func oneCharacter(query: String, text: String, expected: [Range<Int>]) throws {
        let actual = try highlights(query, in: text)
        #expect(actual == expected)
    }

    @Test("traditional text is highlighted for a simplified query and vice versa")
    func traditional() throws {
        #expect(try highlights("建设", in: "法治政府建設") == [4..<6])
        #expect(try highlights("法治政府建设", in: "推進法治政府建設") == [2..<8])
        #expect(try highlights("建設", in: "法治政府建设") == [4..<6])
        #expect(try highlights("設", in: "建設") == [1..<2])
    }

    @Test("offsets count code points, not UTF-16 units or bytes")
    func supplementaryPlane() throws {
        #expect(try highlights("法治", in: "𠀀法治") == [1..<3])         // 𠀀 is one code point (two UTF-16 units)
        #expect(try highlights("法治", in: "😀😀法治") == [2..<4])        // emoji separate, but count one each
        #expect(try highlights("𠀀法", in: "依𠀀法治") == [1..<3])
        #expect(try highlights("法", in: "𠀀法") == [1..<2])             // colocated last character after 𠀀
        #expect(try highlights("𠀁", in: "𠀀𠀁") == [1..<2])             // a supplementary one-character match
        #expect(try highlights("ＧＤＰ", in: "é ＧＤＰ") == [2..<5])      // full-width letters fold, offsets stay
    }

    @Test("punctuation inside a matched phrase is covered")
    func separatorInsidePhrase() throws {
        #expect(try highlights("法治，政府", in: "推进法治、政府") == [2..<7])
    }

    @Test("no match in empty or separator-only text")
    func emptyText() throws {
        #expect(try highlights("法治", in: "") == [])
        #expect(try highlights("法治", in: "，。！") == [])
    }

    @Test("the scanner marks exactly what the matcher marks, on 3,000 random texts and queries")
    func scannerEqualsMatcher() throws {
        // Han in both scripts, a supplementary ideograph, digits, Latin with and
        // without full width, an accent, separators: every kind of term the tokenizer makes.
        let pieces = ["法", "治", "政", "府", "建", "設", "设", "年", "度", "𠀀", "2", "0", "22", "a", "GDP", "ｇｄｐ",
                      "é", " ", "，", "、", "第", "条"]
        var random = SplitMix64(seed: 7)
        var marked = 0
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let words = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                (0..<Int.random(in: 1...4, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            }
            let phrases = words.compactMap(QueryPhrase.init)
            let scanned = HighlightFinder(phrases: phrases).highlights(in: text)
            #expect(scanned == HighlightFinder(phrases: phrases, scanning: false).highlights(in: text),
                    "\(words) in \(text)")
            marked += scanned.isEmpty ? 0 : 1
        }
        #expect(marked > 500)  // the comparison is not only of empty answers
    }

    @Test("phrases with more distinct terms than a scanner takes are marked all the same")
    func manyTerms() throws {
        // 70 distinct characters: 69 bigrams and a final character, more than PhraseScanner.maximumKeys.
        let long = String(String.UnicodeScalarView((0x4E00..<0x4E46).compactMap(Unicode.Scalar.init)))
        #expect(PhraseScanner([try #require(QueryPhrase(long)).analyzed]) == nil)
        #expect(try highlights(long, in: "前言" + long + "后记") == [2..<72])
    }
}
