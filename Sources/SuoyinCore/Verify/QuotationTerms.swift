/// The index terms of a quotation that can find its passages, each with
/// the place in the quotation it stands for.
///
/// - A bigram: two CJK content characters with nothing ignored between them
///   in the quotation. The index holds it where the document has the two
///   side by side (not where the document puts punctuation between them,
///   which the quotation may leave out: hence several terms, not one).
/// - A word: letters and digits between ignored characters or CJK on both
///   sides, not at a segment's ends (there the document's word may go on).
///
/// Every term is an FTS5 phrase of one index term, so a probe reads one
/// doclist and never a position list.
struct QuotationTerms {
    /// One term and where it stands.
    struct Term: Hashable {
        /// The FTS5 expression, e.g. `"法治"`.
        var expression: String
        /// Index of its first character among the quotation's content characters.
        var position: Int
    }

    /// The terms, in the order of the quotation; a term found twice keeps its first place.
    let terms: [Term]

    init(_ quotation: Quotation) {
        var terms: [Term] = []
        var seen: Set<String> = []
        func add(_ scalars: [UInt32], at position: Int) {
            let text = String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
            let expression = "\"" + text + "\""
            if seen.insert(expression).inserted { terms.append(Term(expression: expression, position: position)) }
        }
        var base = 0
        for segment in quotation.segments {
            var index = 0
            while index < segment.count {
                let character = segment[index]
                if character.cjk {
                    if index + 1 < segment.count, segment[index + 1].cjk, !segment[index + 1].afterBreak {
                        add([character.folded, segment[index + 1].folded], at: base + index)
                    }
                    index += 1
                    continue
                }
                // A word: up to the next break or CJK character.
                var end = index + 1
                while end < segment.count, !segment[end].cjk, !segment[end].afterBreak { end += 1 }
                let interior = index > 0 && end < segment.count
                if interior && end - index <= 32 { add(segment[index..<end].map(\.folded), at: base + index) }
                index = end
            }
            base += segment.count
        }
        self.terms = terms
    }

    /// At most `count` terms spread evenly over the quotation (all when fewer).
    func spread(_ count: Int) -> [Term] {
        guard terms.count > count, count > 0 else { return terms }
        return (0..<count).map { terms[$0 * terms.count / count] }
    }
}
