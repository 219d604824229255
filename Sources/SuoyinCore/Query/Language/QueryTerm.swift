import TextAnalysis

/// One term of a query — a word or a quoted phrase — with every phrase that
/// matches it: as typed, and its other forms.
///
/// The other forms: inside quotes a space matches any run of separators or
/// none, so `"依法 行政"` also matches `依法行政`; a number written in Arabic
/// numerals also matches it written in Chinese and the reverse
/// (``NumeralForms``), unless the term is exact (`=第12条`). Ranking treats
/// the forms as one term.
public struct QueryTerm: Equatable, Sendable {
    /// What the user typed for the term, without its quotes or `=`.
    public var source: String
    /// The phrases that match the term; the first is the term as typed.
    public var forms: [QueryPhrase]
    /// Whether the term was quoted.
    public var isQuoted: Bool
    /// Whether `=` (or `--exact`) turned the numeral forms off.
    public var isExact: Bool

    /// The most forms a term gets: the product of its numeral forms and of
    /// the spaces of a quoted phrase is cut here, first forms first.
    public static let maximumForms = 32
    /// The most spaces of a quoted phrase that may also match nothing; with
    /// more, the phrase matches all joined or all separated only.
    public static let maximumOptionalSpaces = 4

    /// Analyzes `source`; nil when it has nothing searchable.
    public init?(_ source: String, quoted: Bool = false, exact: Bool = false) {
        guard let typed = QueryPhrase(source) else { return nil }
        self.source = typed.source
        self.isQuoted = quoted
        self.isExact = exact
        // Each piece between spaces with its numeral forms, then every combination and spacing.
        let pieces = typed.source.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let choices = pieces.map { piece in exact ? [piece] : [piece] + NumeralForms.alternatives(of: piece) }
        var spellings = [""]
        for (index, options) in choices.enumerated() {
            var next: [String] = []
            for prefix in spellings {
                for option in options where next.count < Self.maximumForms {
                    next.append(index == 0 ? option : prefix + " " + option)
                }
            }
            spellings = next
        }
        if quoted { spellings = spellings.flatMap(Self.spacings) }
        // The term as typed comes first, whatever its spellings give (a space
        // joined to a combining mark is no separator to split at).
        var forms: [QueryPhrase] = [typed]
        for spelling in spellings where forms.count < Self.maximumForms {
            guard let phrase = QueryPhrase(spelling),
                  !forms.contains(where: { $0.terms == phrase.terms && $0.lastTermIsPrefix == phrase.lastTermIsPrefix })
            else { continue }
            forms.append(phrase)
        }
        self.forms = forms
    }

    /// The ways a quoted phrase may be written: each run of spaces kept (it
    /// then matches any separators) or dropped (the text goes on at once).
    /// With more than ``maximumOptionalSpaces`` runs, all kept or all dropped.
    static func spacings(of text: String) -> [String] {
        let pieces = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard pieces.count > 1 else { return [text] }
        let gaps = pieces.count - 1
        guard gaps <= maximumOptionalSpaces else { return [text, pieces.joined()] }
        return (0..<(1 << gaps)).map { joined in
            var spelling = pieces[0]
            for gap in 0..<gaps {
                if joined & (1 << gap) == 0 { spelling += " " }
                spelling += pieces[gap + 1]
            }
            return spelling
        }
    }

    /// The FTS5 expression for the term: its one phrase, or its forms in parentheses joined by `OR`.
    var matchExpression: String { FTS5Expression.of(.term(self)) }
}
