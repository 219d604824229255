/// A piece of a query as typed: a word or quoted phrase, an operator or a parenthesis.
enum QueryToken: Equatable {
    case word(String, quoted: Bool, exact: Bool)
    case and, or, not
    case near(distance: Int)
    /// `-` or `－` (or `−`) before a word, a quote or a parenthesis: `NOT`.
    case minus
    case open, close

    /// The upper-case operator `text` spells, if any: `AND`, `OR`, `NOT`,
    /// `NEAR`, `NEAR/N`. Lower case stays a word.
    static func operator_(_ text: String) -> QueryToken? {
        switch text {
        case "AND": return .and
        case "OR": return .or
        case "NOT": return .not
        case "NEAR": return .near(distance: QueryLexer.defaultNearDistance)
        default:
            guard text.hasPrefix("NEAR/"), let distance = Int(text.dropFirst(5)), distance >= 0 else { return nil }
            return .near(distance: min(distance, QueryLexer.maximumNearDistance))
        }
    }
}
