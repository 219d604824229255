/// A query of Suoyin's language as the benchmark builds it, written out by
/// ``text`` and evaluated by brute force, independently of SuoyinCore's
/// parser and evaluator.
///
/// For example, `.and([.term("法治"), .or([.term("政府"), .term("行政")])], excluding: [.term("督察")])`
/// is typed `法治 AND (政府 OR 行政) NOT 督察`.
indirect enum BenchExpression: Codable, Equatable {
    case term(String)
    /// Every `required` one and none of the `excluded`.
    case and([BenchExpression], excluding: [BenchExpression])
    case or([BenchExpression])
    /// Both phrases at most `distance` characters apart, in either order.
    case near(String, String, distance: Int)

    /// The query as a user types it: operators in capitals, parentheses
    /// around an `OR` inside an `AND` and around any compound operand of `NOT`.
    var text: String {
        switch self {
        case .term(let phrase):
            return phrase
        case .and(let required, let excluded):
            let wanted = required.map { $0.operand(of: .and) }.joined(separator: " AND ")
            return ([wanted] + excluded.map { "NOT " + $0.operand(of: .not) }).joined(separator: " ")
        case .or(let alternatives):
            return alternatives.map { $0.operand(of: .or) }.joined(separator: " OR ")
        case .near(let first, let second, let distance):
            return "\(first) NEAR/\(distance) \(second)"
        }
    }

    /// Every phrase, in the order written.
    var terms: [String] {
        switch self {
        case .term(let phrase): return [phrase]
        case .and(let required, let excluded): return (required + excluded).flatMap(\.terms)
        case .or(let alternatives): return alternatives.flatMap(\.terms)
        case .near(let first, let second, _): return [first, second]
        }
    }

    /// The passages (or lines) it matches, given those each phrase matches.
    func evaluate(_ matches: (String) -> Set<Int>, near: (String, String, Int) -> Set<Int>) -> Set<Int> {
        switch self {
        case .term(let phrase):
            return matches(phrase)
        case .and(let required, let excluded):
            var result = required[0].evaluate(matches, near: near)
            for part in required.dropFirst() { result.formIntersection(part.evaluate(matches, near: near)) }
            for part in excluded { result.subtract(part.evaluate(matches, near: near)) }
            return result
        case .or(let alternatives):
            return alternatives.reduce(into: Set<Int>()) { $0.formUnion($1.evaluate(matches, near: near)) }
        case .near(let first, let second, let distance):
            return near(first, second, distance)
        }
    }

    private enum Context { case and, or, not }

    /// This expression written as an operand: in parentheses unless precedence
    /// already binds it (a term, or an `AND` inside an `OR`).
    private func operand(of context: Context) -> String {
        switch (self, context) {
        case (.term, _), (.near, _): return text
        case (.and, .or): return text
        default: return "(" + text + ")"
        }
    }
}
