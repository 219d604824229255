/// A phrase analyzed in query mode: its index terms, whether the last one
/// matches as a prefix, and the run of Han characters it spells, if any.
///
/// These rules follow from the tokenizer and live beside it: the prefix rule
/// from how a query's last run ends (see ``BigramTokenizer``), the run from
/// how bigrams chain.
///
/// For example:
/// ```swift
/// AnalyzedPhrase(analyzing: "2022年")   // terms ["2022", "年"], last term a prefix, no Han run
/// AnalyzedPhrase(analyzing: "法治政府") // terms ["法治", "治政", "政府"], Han run 法治政府
/// ```
package struct AnalyzedPhrase: Equatable, Sendable {
    /// The folded index terms, in order.
    package var terms: [String]
    /// Whether the last term matches as a prefix.
    package var lastTermIsPrefix: Bool

    package init(terms: [String], lastTermIsPrefix: Bool) {
        self.terms = terms
        self.lastTermIsPrefix = lastTermIsPrefix
    }

    /// Analyzes `text` in query mode; nil when it has no terms.
    package init?(analyzing text: String) {
        let analyzed = Analyzer.terms(in: text, mode: .query)
        guard let last = analyzed.last else { return nil }
        self.init(terms: analyzed.map(\.text), lastTermIsPrefix: Self.isPrefix(lastTerm: last.text))
    }

    /// The prefix rule: a query's last term matches as a prefix exactly when
    /// it is a lone CJK character, the term the tokenizer gives a query whose
    /// last run is one character. `年` must also match `年度` and `年|`, since
    /// the document may go on where the query stops (`2022年` finds `2022年度`).
    package static func isPrefix(lastTerm: String) -> Bool {
        let scalars = lastTerm.unicodeScalars
        guard let only = scalars.first, scalars.count == 1 else { return false }
        return CharacterClass(only.value) == .cjk
    }

    /// The index's joined term (see ``BigramTokenizer``) that stands for the
    /// phrase's last two terms when they are a word and a lone CJK character
    /// matched as a prefix (`2022年` → `^2022年`, `^` for the marker), else
    /// nil. It occurs exactly where the word does with a term starting with
    /// the character right after it, so the phrase's other terms followed by
    /// it match where the phrase does, with the same frequencies, and FTS5
    /// need not merge every term that starts with the character.
    package var joinedTerm: String? {
        guard lastTermIsPrefix, terms.count >= 2 else { return nil }
        let word = terms[terms.count - 2]
        guard let first = word.unicodeScalars.first, CharacterClass(first.value) == .word else { return nil }
        return Analyzer.joinedWord + word + terms[terms.count - 1]
    }

    /// The folded characters of the phrase when it is one run of CJK
    /// characters — one character matched as a prefix, or a chain of
    /// bigrams each starting with the character the last one ended with —
    /// else nil. Such a phrase occurs exactly where its run occurs inside a
    /// run of a document (``HanRuns``), so its occurrences can be counted
    /// on runs while indexing.
    package var hanRun: [UInt32]? {
        guard let first = terms.first else { return nil }
        if terms.count == 1, lastTermIsPrefix { return first.unicodeScalars.map(\.value) }
        guard !lastTermIsPrefix else { return nil }
        var characters: [UInt32] = []
        for term in terms {
            let scalars = term.unicodeScalars.map(\.value)
            guard scalars.count == 2, scalars.allSatisfy({ CharacterClass($0) == .cjk }) else { return nil }
            if characters.isEmpty {
                characters = scalars
            } else {
                guard characters.last == scalars[0] else { return nil }
                characters.append(scalars[1])
            }
        }
        return characters
    }

    /// The key of the phrase's run (``HanRuns/key(of:)``), or nil when it is not one run.
    package var runKey: [UInt8]? { hanRun.map(HanRuns.key(of:)) }
}
