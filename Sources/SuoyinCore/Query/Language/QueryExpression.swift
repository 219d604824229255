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

    /// The FTS5 `MATCH` expression (``FTS5Expression``).
    public var matchExpression: String { FTS5Expression.of(self) }
}
