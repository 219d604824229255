/// How a query was understood, one node a line, for `--explain`. For
/// example `第12条 (法治 OR 政府) -督察`:
///
/// ```
/// AND
///   term 第12条 (also 第十二条)
///   OR
///     term 法治
///     term 政府
///   NOT
///     term 督察
/// ```
extension QueryExpression: CustomStringConvertible {
    public var description: String { lines(indent: "").joined(separator: "\n") }

    private func lines(indent: String) -> [String] {
        let inner = indent + "  "
        switch self {
        case .term(let term):
            return [indent + "term " + term.explained]
        case .near(let first, let second, let distance):
            return ["\(indent)NEAR/\(distance) (within \(distance) characters, either order)",
                    inner + "term " + first.explained, inner + "term " + second.explained]
        case .and(let required, let excluded):
            var result = [indent + "AND"] + required.flatMap { $0.lines(indent: inner) }
            for part in excluded { result += [inner + "NOT"] + part.lines(indent: inner + "  ") }
            return result
        case .or(let alternatives):
            return [indent + "OR"] + alternatives.flatMap { $0.lines(indent: inner) }
        }
    }
}

extension QueryTerm {
    /// The term as typed, marked exact or quoted, with its other forms.
    var explained: String {
        let typed = (isExact ? "=" : "") + (isQuoted ? "\"\(source)\"" : source)
        let others = forms.dropFirst().map(\.source)
        return typed + (others.isEmpty ? "" : " (also " + others.joined(separator: ", ") + ")")
    }
}
