/// Writes FTS5 `MATCH` expressions from analyzed terms — the one place that
/// does — numbering each phrase as FTS5 will (in the order they appear) and
/// noting each term's numbers, so a scorer knows where each term's
/// frequencies are (``FTS5Evaluation``).
///
/// Every phrase is quoted (``QueryPhrase/matchExpression``), so nothing a
/// user types reaches FTS5's own syntax. A term with several forms is their
/// `OR` in parentheses. A `NEAR` allows one term more than its distance in
/// characters: FTS5 counts terms between the phrases, and every term there
/// but the first starts at a character there, so this finds every pair near
/// enough (and some more, which the text then rules out, ``TextMatch``). A
/// phrase that asks for a joined term (``QueryPhrase/asksJoinedTerm``) ends
/// one term early — the term of its last character then lies between the
/// phrases — so each such phrase allows one term more again.
struct FTS5Expression {
    /// The terms, numbered as ``QueryPlan/leaves(of:)`` walks them.
    let terms: [QueryTerm]
    /// Each term's phrase numbers in the expression.
    private(set) var slots: [Int: [Int]] = [:]
    /// How many phrases the expression holds.
    private(set) var phraseCount = 0

    init(terms: [QueryTerm]) { self.terms = terms }

    /// The expression of `expression` alone, its terms taken from the tree.
    static func of(_ expression: QueryExpression) -> String {
        var builder = FTS5Expression(terms: QueryPlan.leaves(of: expression).map(\.0))
        var next = 0
        return builder.expression(expression, next: &next)
    }

    /// `text` with the escape and the tokenizer's markers (U+0001–U+0003),
    /// which only escaped terms hold, written `\u{1}`, `\u{2}`, `\u{3}`, so
    /// that `--explain` prints them visibly.
    static func readable(_ text: String) -> String {
        var readable = ""
        for scalar in text.unicodeScalars {
            if (0x01...0x03).contains(scalar.value) {
                readable += "\\u{\(scalar.value)}"
            } else {
                readable.unicodeScalars.append(scalar)
            }
        }
        return readable
    }

    /// Term `index` with its forms, numbered.
    mutating func term(_ index: Int) -> String {
        let forms = terms[index].forms
        for _ in forms { number(index) }
        return group(forms.map(\.matchExpression))
    }

    /// Alternatives: one alone, several in parentheses joined by `OR`.
    func group(_ alternatives: [String]) -> String {
        alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")"
    }

    private mutating func number(_ index: Int) {
        slots[index, default: []].append(phraseCount)
        phraseCount += 1
    }

    /// `expression`, its terms numbered from `next` in walk order.
    mutating func expression(_ expression: QueryExpression, next: inout Int) -> String {
        switch expression {
        case .term:
            defer { next += 1 }
            return term(next)
        case .near(_, _, let distance):
            let (first, second) = (next, next + 1)
            next += 2
            var pairs: [String] = []
            for a in terms[first].forms {
                for b in terms[second].forms {
                    number(first)
                    number(second)
                    let allowance = 1 + (a.asksJoinedTerm ? 1 : 0) + (b.asksJoinedTerm ? 1 : 0)
                    pairs.append("NEAR(\(a.matchExpression) \(b.matchExpression), \(distance + allowance))")
                }
            }
            return group(pairs)
        case .and(let required, let excluded):
            let all = required.map { self.expression($0, next: &next) }
            let joined = all.count == 1 ? all[0] : "(" + all.joined(separator: " AND ") + ")"
            guard !excluded.isEmpty else { return joined }
            let none = excluded.map { self.expression($0, next: &next) }
            return "(\(joined) NOT " + group(none) + ")"
        case .or(let alternatives):
            return group(alternatives.map { self.expression($0, next: &next) })
        }
    }
}
