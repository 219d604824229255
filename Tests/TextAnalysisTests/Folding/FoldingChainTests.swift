import Testing
@testable import TextAnalysis

/// Terms with byte ranges, as `"term@start..<end"`; the gap marker is shown as `|`.
private func analyze(_ text: String, _ mode: BigramTokenizer.Mode = .document) -> [String] {
    Analyzer.terms(in: text, mode: mode).map {
        "\($0.text.replacingOccurrences(of: Analyzer.gap, with: "|"))@\($0.byteRange.lowerBound)..<\($0.byteRange.upperBound)"
    }
}

/// The stages inside the chain: ``CharacterFolding`` (width, then case, and
/// Han), then the whole pipeline through the tokenizer, with terms and byte
/// ranges checked together (Lucene's `assertAnalyzesTo`).
@Suite("Folding chain")
struct FoldingChainTests {
    @Test("width folding inside the chain: full-width forms fold to ASCII, letters on to lower case", arguments: [
        (0xFF21, 0x61),  // Ａ → A → a: width first, then case
        (0xFF5A, 0x7A),  // ｚ
        (0xFF12, 0x32),  // ２
        (0xFF1A, 0x3A),  // ：
        (0x3000, 0x20),  // ideographic space
    ] as [(UInt32, UInt32)])
    func width(codePoint: UInt32, folded: UInt32) {
        #expect(CharacterFolding.fold(codePoint) == folded)
        #expect(CharacterFolding.fold(codePoint) == CaseFolding.fold(WidthFolding.fold(codePoint)))
    }

    @Test("case folding inside the chain: Latin, Greek and Cyrillic lower-cased", arguments: [
        (0x47, 0x67), (0xC9, 0xE9),  // G É
        (0x391, 0x3B1), (0x3A3, 0x3C3), (0x3A9, 0x3C9),  // Α Σ Ω
        (0x410, 0x430), (0x414, 0x434), (0x42F, 0x44F), (0x401, 0x451),  // А Д Я Ё
        (0x1F08, 0x1F00),  // Ἀ (Greek Extended)
    ] as [(UInt32, UInt32)])
    func caseInChain(codePoint: UInt32, folded: UInt32) {
        #expect(CharacterFolding.fold(codePoint) == folded)
        #expect(CharacterFolding.fold(codePoint) == CaseFolding.fold(codePoint))
    }

    @Test("the dotted İ stays İ in the chain too")
    func dottedCapitalI() {
        #expect(CharacterFolding.fold(0x130) == 0x130)
        #expect(CharacterFolding.fold("İSTANBUL") == "İstanbul")
    }

    @Test("case folding applies only in the chain's case ranges: the Kelvin sign K stays, though its lower case is k")
    func caseRangesOnly() {
        #expect(CaseFolding.fold(0x212A) == 0x6B)
        #expect(CharacterFolding.fold(0x212A) == 0x212A)
        #expect(CharacterFolding.fold(0x1D400) == 0x1D400)  // 𝐀 mathematical bold: no lower-case mapping either
    }

    @Test("Han folding inside the chain, and width and case leave Han alone", arguments: [
        ("設", "设"), ("黨", "党"), ("發", "发"), ("法", "法"),
    ] as [(Unicode.Scalar, Unicode.Scalar)])
    func han(traditional: Unicode.Scalar, simplified: Unicode.Scalar) {
        #expect(CharacterFolding.fold(traditional.value) == simplified.value)
        #expect(WidthFolding.fold(traditional.value) == traditional.value)
        #expect(CaseFolding.fold(traditional.value) == traditional.value)
    }

    @Test("every stage applied alone agrees with the chain on its own examples")
    func stagesAgree() {
        var han: [UInt32: UInt32] = [:]
        CharacterFolding.forEachHanMapping { han[$0] = $1 }
        for (source, target) in han { #expect(CharacterFolding.fold(source) == target) }
        for codePoint in UInt32(0xFF01)...0xFF5E {
            #expect(CharacterFolding.fold(codePoint) == CaseFolding.fold(WidthFolding.fold(codePoint)))
        }
        for codePoint in UInt32(0x370)...0x52F where han[codePoint] == nil {  // Greek and Cyrillic blocks
            #expect(CharacterFolding.fold(codePoint) == CaseFolding.fold(codePoint), "U+\(String(codePoint, radix: 16))")
        }
    }

    @Test("the whole pipeline: folded terms with the source's byte ranges", arguments: [
        // Full-width letters and digits: one word over 3-byte characters, then the run.
        ("ＧＤＰ２０２２年", ["gdp2022@0..<21", "年|@21..<24"]),
        // Greek and Cyrillic words lower-cased; each letter keeps its 2 source bytes.
        ("ΣΟΦΊΑ", ["σοφία@0..<10"]),
        ("МОСКВА 2024", ["москва@0..<12", "|@12..<13", "2024@13..<17"]),
        // İ is kept; the rest of the word is lower-cased.
        ("İSTANBUL", ["İstanbul@0..<9"]),
        // Traditional Han folds to simplified inside bigrams.
        ("黨的建設", ["党的@0..<6", "的建@3..<9", "建设@6..<12", "设|@9..<12"]),
        // The ideographic space is a separator: the final term covers it.
        ("法治\u{3000}政府", ["法治@0..<6", "治|@3..<9", "政府@9..<15", "府|@12..<15"]),
        // All three stages in one text.
        ("Ｇ黨，Ωμέγα", ["g@0..<3", "党|@3..<9", "ωμέγα@9..<19"]),
    ])
    func pipeline(text: String, expected: [String]) {
        #expect(analyze(text) == expected)
    }

    @Test("the whole pipeline in query mode folds alike, so a query in another width, case or script finds the document", arguments: [
        ("ｇｄｐ", "GDP"), ("σοφία", "ΣΟΦΊΑ"), ("москва", "МОСКВА"), ("党的建设", "黨的建設"), ("İstanbul", "İSTANBUL"),
    ])
    func queryAndDocumentAgree(query: String, document: String) {
        let queryTerms = Analyzer.terms(in: query, mode: .query).map(\.text)
        let documentTerms = Analyzer.terms(in: document, mode: .query).map(\.text)
        #expect(queryTerms == documentTerms)
        #expect(!queryTerms.isEmpty)
    }
}
