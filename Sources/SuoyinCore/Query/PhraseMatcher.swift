import TextAnalysis

/// Matches query phrases against a passage's document-mode terms exactly as
/// FTS5 matches them: a phrase occurs at position `p` when its terms are the
/// terms at `p, p+1, …`, byte for byte, the last one as a prefix when
/// ``QueryPhrase/lastTermIsPrefix``.
///
/// Highlights use it to find what to mark, and the ranking to tell whether a
/// passage contains an excluded phrase without asking FTS5 row by row.
struct PhraseMatcher {
    /// The passage's terms, in position order.
    let terms: [Analyzer.Term]
    private let bytes: [[UInt8]]

    init(text: String) {
        terms = Analyzer.terms(in: text, mode: .document)
        bytes = terms.map { Array($0.text.utf8) }
    }

    /// The positions where `phrase` starts.
    func positions(of phrase: QueryPhrase) -> [Int] {
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
    func contains(_ phrase: QueryPhrase) -> Bool { !positions(of: phrase).isEmpty }
}
