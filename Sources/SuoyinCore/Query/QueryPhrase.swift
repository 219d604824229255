import TextAnalysis

/// One query term or quoted phrase, analyzed into index terms.
///
/// A phrase matches where its terms occur at consecutive positions. When its
/// last term is a lone CJK character, that term matches as a prefix: `年`
/// must also match where the document goes on (`2022年` finds `2022年度`),
/// and every document character starts some indexed term (see
/// ``BigramTokenizer``).
public struct QueryPhrase: Equatable, Sendable {
    /// What the user typed for this phrase.
    public var source: String
    /// The folded index terms, in order.
    public var terms: [String]
    /// Whether the last term matches as a prefix.
    public var lastTermIsPrefix: Bool

    /// Analyzes `source`; nil when it has no searchable characters.
    public init?(_ source: String) {
        let analyzed = Analyzer.terms(in: source, mode: .query)
        guard let last = analyzed.last else { return nil }
        self.source = source
        self.terms = analyzed.map(\.text)
        let scalars = last.text.unicodeScalars
        self.lastTermIsPrefix = scalars.count == 1 && CharacterClass(scalars.first!.value) == .cjk
    }

    /// The FTS5 expression: quoted terms joined by `+`, e.g. `"2022" + "年"*`.
    var matchExpression: String {
        terms.map { "\"\($0)\"" }.joined(separator: " + ") + (lastTermIsPrefix ? "*" : "")
    }
}
