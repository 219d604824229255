/// A parsed search query: its expression, how close its terms must stand,
/// and what the parser had to repair to understand it.
///
/// For example, `法治 (政府 OR 行政) -督察` is `AND(法治, OR(政府, 行政))`
/// excluding `督察`.
public struct Query: Equatable, Sendable {
    /// What was typed.
    public var source: String
    /// What it means.
    public var expression: QueryExpression
    /// Where terms joined by `AND` or `NEAR` must stand together.
    public var scope: SearchScope
    /// One line for each repair the parser made (an unclosed quote or
    /// parenthesis closed, a stray operator ignored), for stderr.
    public var notices: [String]

    public init(source: String, expression: QueryExpression, scope: SearchScope = .paragraph, notices: [String] = []) {
        self.source = source
        self.expression = expression
        self.scope = scope
        self.notices = notices
    }

    /// Every phrase that can match, every form of every positive term, for highlighting.
    public var positivePhrases: [QueryPhrase] { expression.positiveTerms.flatMap(\.forms) }

    /// The FTS5 MATCH expression for this query (see ``QueryExpression/matchExpression``).
    public var matchExpression: String { expression.matchExpression }

    /// The query as groups that must all match, each of alternative terms,
    /// and excluded terms — when it has that shape (no `NEAR`, no deeper
    /// nesting), which the phrase lists and dense phrases can answer.
    var conjunction: (groups: [[QueryTerm]], excluded: [QueryTerm])? {
        func alternatives(_ expression: QueryExpression) -> [QueryTerm]? {
            switch expression {
            case .term(let term): return [term]
            case .or(let options):
                var terms: [QueryTerm] = []
                for option in options {
                    guard case .term(let term) = option else { return nil }
                    terms.append(term)
                }
                return terms
            default: return nil
            }
        }
        switch expression {
        case .term, .or:
            return alternatives(expression).map { ([$0], []) }
        case .and(let required, let excluded):
            var groups: [[QueryTerm]] = []
            for part in required {
                guard let terms = alternatives(part) else { return nil }
                groups.append(terms)
            }
            var none: [QueryTerm] = []
            for part in excluded {
                guard let terms = alternatives(part) else { return nil }
                none += terms
            }
            return (groups, none)
        case .near:
            return nil
        }
    }
}
