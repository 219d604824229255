import Testing
@testable import SuoyinCore

/// What a quotation is compared by: folded content characters, in segments an ellipsis separates.
@Suite("Quotation")
struct QuotationTests {
    /// The segments as folded strings.
    private func segments(_ text: String) -> [String] {
        Quotation(text).segments.map { String(String.UnicodeScalarView($0.compactMap { Unicode.Scalar($0.folded) })) }
    }

    @Test("content is folded; spaces and punctuation of any form are ignored", arguments: [
        ("法治政府", ["法治政府"]),
        ("法治政府建設", ["法治政府建设"]),          // traditional → simplified
        ("ＧＤＰ２０２２", ["gdp2022"]),            // full width → ASCII, lower case
        ("法治，政府。", ["法治政府"]),              // full-width punctuation
        ("法治, 政府.", ["法治政府"]),               // ASCII punctuation and a space
        ("“法治”\n\t「政府」", ["法治政府"]),        // quotes, brackets, line end, tab
        ("  法治　政府  ", ["法治政府"]),            // ideographic space
    ])
    func folding(text: String, expected: [String]) {
        #expect(segments(text) == expected)
    }

    @Test("an ellipsis in any form separates segments; at the ends it makes none", arguments: [
        ("法治……政府", ["法治", "政府"]),
        ("法治…政府", ["法治", "政府"]),
        ("法治⋯⋯政府", ["法治", "政府"]),
        ("法治...政府", ["法治", "政府"]),
        ("法治．．．政府", ["法治", "政府"]),        // full-width full stops fold to ...
        ("法治 … 政府……建设", ["法治", "政府", "建设"]),
        ("……法治政府……", ["法治政府"]),
        ("法治..政府", ["法治政府"]),                 // two full stops are punctuation
        ("法治。。。政府", ["法治政府"]),              // ideographic full stops too
        ("2.5...3", ["25", "3"]),
    ])
    func ellipsis(text: String, expected: [String]) {
        #expect(segments(text) == expected)
    }

    @Test("nothing to compare gives no segment", arguments: ["", " ", "，。", "……", "🙂"])
    func empty(text: String) {
        #expect(Quotation(text).count == 0)
    }

    @Test("each content character keeps its offset in the quotation and whether a break precedes it")
    func offsets() {
        let characters = Quotation("“法治，政 府”").content
        #expect(characters.map(\.offset) == [1, 2, 4, 6])
        #expect(characters.map(\.afterBreak) == [true, false, true, true])
    }

    @Test("terms: bigrams without a break, interior words; spread keeps the order")
    func terms() {
        let terms = QuotationTerms(Quotation("法治，政府 GDP 增长2022年")).terms
        #expect(terms.map(\.expression) == ["\"法治\"", "\"政府\"", "\"gdp\"", "\"增长\"", "\"2022\""])
        #expect(terms.map(\.position) == [0, 2, 4, 7, 9])
        #expect(QuotationTerms(Quotation("法治政府建设")).spread(2).map(\.expression) == ["\"法治\"", "\"政府\""])
    }
}
