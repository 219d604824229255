import Foundation
import TextAnalysis

extension FuzzTarget {
    /// The analysis chain on any bytes: ranges inside the input and on scalar
    /// boundaries, positions in order, folding idempotent, analysis of folded
    /// text unchanged, query analysis of the text (or of a piece of it)
    /// matching its document analysis, and the index's joined terms exactly
    /// after the words a CJK term follows.
    static let tokenizer = FuzzTarget(
        name: "tokenizer",
        summary: "BigramTokenizer and Analyzer: ranges, folding, documents and queries agree",
        dictionary: ["法治", "政府", "建設", "GDP", "２０２２", "年度", "，", "。", "\u{3000}", "\u{301}", "😀", "𠀀", "カ", "한", "\u{FFFD}"],
        seeds: { fixtures in
            try fixtures.files(in: "Tests/SuoyinCoreTests/Fixtures/encodings", extensions: [".txt"])
                + fixtures.corpusPieces(length: 512).prefix(40)
        },
        run: { input in
            let bytes = Array(input)
            for mode in [BigramTokenizer.Mode.document, .query] {
                TokenizerChecks.checkRanges(of: bytes, mode: mode)
            }
            TokenizerChecks.checkIndexTerms(of: bytes)
            guard let text = String(validating: bytes, as: UTF8.self) else { return }
            TokenizerChecks.checkFolding(of: text)
            TokenizerChecks.checkDocumentAndQuery(text, cut: bytes.first.map(Int.init) ?? 0)
        })
}
