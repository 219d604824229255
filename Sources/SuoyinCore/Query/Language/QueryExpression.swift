/// A parsed query: terms joined by `AND`, `OR`, `NOT` and `NEAR`.
///
/// `NOT` only ever subtracts from an `AND` (`a NOT b` is `a` without `b`):
/// everything-but-`b` cannot be searched, and the parser refuses it.
public indirect enum QueryExpression: Equatable, Sendable {
    /// One term: a word or quoted phrase with its forms.
    case term(QueryTerm)
    /// Both terms within `distance` characters of each other, in either
    /// order: the characters strictly between the end of one and the start
    /// of the other are at most `distance`.
    case near(QueryTerm, QueryTerm, distance: Int)
    /// Every one of `required` matches and none of `excluded` does.
    case and(required: [QueryExpression], excluded: [QueryExpression])
    /// At least one matches.
    case or([QueryExpression])

    /// Whether this is only exclusions (`NOT a`), which cannot be searched alone.
    var isOnlyExclusions: Bool {
        if case .and(let required, _) = self { return required.isEmpty }
        return false
    }

    /// The terms that can make a passage match, in the query's order; the
    /// terms under an exclusion are not among them.
    public var positiveTerms: [QueryTerm] {
        switch self {
        case .term(let term): [term]
        case .near(let first, let second, _): [first, second]
        case .and(let required, _): required.flatMap(\.positiveTerms)
        case .or(let alternatives): alternatives.flatMap(\.positiveTerms)
        }
    }

    /// The terms that exclude, in the query's order.
    public var excludedTerms: [QueryTerm] {
        switch self {
        case .term, .near: []
        case .and(let required, let excluded):
            required.flatMap(\.excludedTerms) + excluded.flatMap { $0.positiveTerms + $0.excludedTerms }
        case .or(let alternatives): alternatives.flatMap(\.excludedTerms)
        }
    }

    /// Whether the query has a `NEAR`, which FTS5 only approximates (its
    /// distances count terms, not characters) and the text then decides.
    public var hasNear: Bool {
        switch self {
        case .term: false
        case .near: true
        case .and(let required, let excluded): (required + excluded).contains(where: \.hasNear)
        case .or(let alternatives): alternatives.contains(where: \.hasNear)
        }
    }

    /// Whether the scope (``SearchScope``) can change what matches: when
    /// something must stand together (an `AND` of several, a `NEAR`) or be
    /// absent. One term, or terms joined only by `OR`, match the same
    /// passages in any scope.
    public var dependsOnScope: Bool {
        switch self {
        case .term: false
        case .near: true
        case .and(let required, let excluded): required.count > 1 || !excluded.isEmpty || required.contains(where: \.dependsOnScope)
        case .or(let alternatives): alternatives.contains(where: \.dependsOnScope)
        }
    }

    /// The FTS5 `MATCH` expression. Built entirely from analyzed terms, every
    /// one quoted, so nothing a user types reaches FTS5's own syntax. A
    /// `NEAR` allows one term more than its distance in characters: FTS5
    /// counts terms between the phrases, and every term there but the first
    /// starts at a character there, so this finds every pair near enough
    /// (and some more, which the text then rules out).
    public var matchExpression: String {
        switch self {
        case .term(let term):
            return term.matchExpression
        case .near(let first, let second, let distance):
            let pairs = first.forms.flatMap { a in second.forms.map { b in (a, b) } }
            let groups = pairs.map { "NEAR(\($0.matchExpression) \($1.matchExpression), \(distance + 1))" }
            return groups.count == 1 ? groups[0] : "(" + groups.joined(separator: " OR ") + ")"
        case .and(let required, let excluded):
            let all = required.count == 1 ? required[0].matchExpression
                : "(" + required.map(\.matchExpression).joined(separator: " AND ") + ")"
            guard !excluded.isEmpty else { return all }
            let none = excluded.count == 1 ? excluded[0].matchExpression
                : "(" + excluded.map(\.matchExpression).joined(separator: " OR ") + ")"
            return "(\(all) NOT \(none))"
        case .or(let alternatives):
            return "(" + alternatives.map(\.matchExpression).joined(separator: " OR ") + ")"
        }
    }
}
