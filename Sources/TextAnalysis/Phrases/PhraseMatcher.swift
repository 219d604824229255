/// Matches analyzed phrases against a text's document-mode terms exactly as
/// FTS5 matches them: a phrase occurs at position `p` when its terms are the
/// terms at `p, p+1, …`, byte for byte, the last one as a prefix when
/// ``AnalyzedPhrase/lastTermIsPrefix``.
///
/// Highlights use it to find what to mark, and the ranking to tell whether a
/// passage contains an excluded phrase without asking FTS5 row by row.
///
/// For example, in `2022年度，法治政府` the phrase `2022年` (terms `2022`,
/// `年` as a prefix) starts at position 0, and `法治` (term `法治`) at 2.
package struct PhraseMatcher {
    /// The text's terms, in position order.
    package let terms: [Analyzer.Term]
    private let bytes: [[UInt8]]

    /// The matcher of `text`'s document-mode terms.
    package init(text: String) {
        terms = Analyzer.terms(in: text, mode: .document)
        bytes = terms.map { Array($0.text.utf8) }
    }

    /// The positions where `phrase` starts.
    package func positions(of phrase: AnalyzedPhrase) -> [Int] {
        let wanted = phrase.terms.map { Array($0.utf8) }
        guard !wanted.isEmpty, wanted.count <= bytes.count else { return [] }
        return (0...(bytes.count - wanted.count)).filter { start in
            wanted.indices.allSatisfy { offset in
                let found = bytes[start + offset]
                if phrase.lastTermIsPrefix && offset == wanted.count - 1 {
                    return found.starts(with: wanted[offset])
                }
                return found == wanted[offset]
            }
        }
    }

    /// Whether `phrase` occurs at all.
    package func contains(_ phrase: AnalyzedPhrase) -> Bool { !positions(of: phrase).isEmpty }
}
