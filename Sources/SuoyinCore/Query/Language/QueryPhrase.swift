import Foundation
import TextAnalysis

/// One query term or quoted phrase, analyzed into index terms.
///
/// A phrase matches where its terms occur at consecutive positions — with
/// the tokenizer's gap terms, that is exactly where its text occurs after
/// folding, separators matching any separators (see ``BigramTokenizer``).
/// When its last term is a lone CJK character, that term matches as a
/// prefix: `年` must also match where the document goes on (`2022年` finds
/// `2022年度`); after a word, FTS5 is asked for the index's joined term
/// instead (``matchExpression``). The rules are TextAnalysis's (``AnalyzedPhrase``).
public struct QueryPhrase: Equatable, Sendable {
    /// What the user typed for this phrase, control characters made spaces.
    public var source: String
    /// The folded index terms, in order.
    public var terms: [String]
    /// Whether the last term matches as a prefix.
    public var lastTermIsPrefix: Bool

    /// Analyzes `source`; nil when it has no searchable characters.
    public init?(_ source: String) {
        // Control characters are separators anyway; as spaces they cannot
        // upset SQLite's handling of the expression string.
        let cleaned = String(String.UnicodeScalarView(source.unicodeScalars.map {
            $0.value < 0x20 || $0.value == 0x7F ? " " : $0
        }))
        guard let analyzed = AnalyzedPhrase(analyzing: cleaned) else { return nil }
        self.source = cleaned
        self.terms = analyzed.terms
        self.lastTermIsPrefix = analyzed.lastTermIsPrefix
    }

    /// The phrase as TextAnalysis matches and keys it (``PhraseMatcher``,
    /// ``AnalyzedPhrase/hanRun``).
    var analyzed: AnalyzedPhrase { AnalyzedPhrase(terms: terms, lastTermIsPrefix: lastTermIsPrefix) }

    /// The FTS5 expression: the phrase as one quoted string (quotes doubled),
    /// which FTS5 hands to the `suoyin` tokenizer in query mode, so it yields
    /// exactly ``terms``; `*` marks a prefix. E.g. `"法治政府"`, `"2022，年"*`.
    ///
    /// A phrase ending in a word and a lone character's prefix (`2022年`,
    /// `第10条`) asks for the index's joined term instead of the prefix
    /// (``AnalyzedPhrase/joinedTerm``): its terms one quoted string each, each
    /// escaped (``SuoyinFTS5Tokenizer/escape``) so that the tokenizer takes it
    /// as it is, joined by FTS5's `+`, the last two replaced by the joined
    /// term — `"\u{1}第\u{2}" + "\u{1}\u{3}10条"`. FTS5's prefix query would
    /// merge the doclist of every term that starts with the character
    /// (52 ms for `年*` at 200 MB); the joined term's doclist is as short as
    /// the answer.
    ///
    /// Quotes are doubled scalar by scalar: a quote followed by a combining
    /// mark (`"\u{301}`) is one `Character`, which a `Character` search misses,
    /// but FTS5 reads bytes and would end the string there.
    var matchExpression: String {
        if let joined = analyzed.joinedTerm {
            let escape = String(decoding: [SuoyinFTS5Tokenizer.escape], as: UTF8.self)
            return (terms.dropLast(2) + [joined]).map { Self.quoted(escape + $0) }.joined(separator: " + ")
        }
        return Self.quoted(source) + (lastTermIsPrefix ? "*" : "")
    }

    /// Whether ``matchExpression`` asks for a joined term: FTS5 then sees
    /// one term fewer than ``terms`` (a `NEAR` must allow for it).
    var asksJoinedTerm: Bool { analyzed.joinedTerm != nil }

    /// `text` as an FTS5 string: in quotes, its quotes doubled.
    private static func quoted(_ text: String) -> String {
        var quoted = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append(scalar) }
        }
        return "\"" + String(quoted) + "\""
    }
}

extension PhraseMatcher {
    /// The positions where `phrase` starts.
    func positions(of phrase: QueryPhrase) -> [Int] { positions(of: phrase.analyzed) }

    /// Whether `phrase` occurs at all.
    func contains(_ phrase: QueryPhrase) -> Bool { contains(phrase.analyzed) }
}
