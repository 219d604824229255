import Foundation

/// Parses what a user types into a ``Query``.
///
/// The grammar, as in Lucene, Elasticsearch and FTS5, precedence
/// `NEAR` > `NOT` > `AND` > `OR`:
/// ```
/// query    := or
/// or       := and ("OR" and)*
/// and      := unary ("AND"? unary)*          a space is AND too
/// unary    := ("NOT" | "-")* near
/// near     := primary ("NEAR" | "NEAR/N" primary)*
/// primary  := "(" or ")" | word | "quoted phrase" | =word
/// ```
/// `a NEAR b NEAR c` is `(a NEAR b) AND (b NEAR c)`. Lower-case `and`,
/// `or`, `not` are words. What cannot be understood never reaches SQLite:
/// an unclosed quote or parenthesis is closed at the end, a stray `)` or an
/// operator without its operand is ignored, each with a notice
/// (``Query/notices``); what has no repair (`NOT` alone, `NEAR` between
/// groups) is an error that says how to write it. A query that is a
/// document number (`国发〔2021〕12号`) is one term, parentheses and all.
public enum QueryParser {
    /// Parses `text` with terms joined by `AND` standing together within `scope`.
    /// `exact` makes every term exact, as `=` does one (`--exact`).
    public static func parse(_ text: String, scope: SearchScope = .paragraph, exact: Bool = false) throws(SuoyinError) -> Query {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if DocumentNumber.isNumber(trimmed), let term = QueryTerm(trimmed, exact: exact) {
            return Query(source: text, expression: .term(term), scope: scope)
        }
        let lexer = QueryLexer(text, exact: exact)
        var parser = Parser(tokens: lexer.tokens, query: text)
        let expression = try parser.parseQuery()
        return Query(source: text, expression: expression, scope: scope, notices: lexer.notices + parser.notices)
    }

    /// Joins a command line's query arguments into one query. When there are
    /// several, one that holds spaces but no operator, quote or parenthesis
    /// was quoted to the shell as a phrase — `suoyin search "依法 行政" OR 執法`
    /// reaches the program as three arguments without the quotes — so it
    /// is quoted again; a single argument is the whole query as typed.
    public static func queryText(arguments: [String]) -> String {
        guard arguments.count > 1 else { return arguments.first ?? "" }
        return arguments.map { argument in
            let words = argument.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            let syntax = argument.contains { QueryLexer.closingQuote[$0] != nil || QueryLexer.openings.contains($0) || QueryLexer.closings.contains($0) }
                || words.contains { QueryToken.operator_($0) != nil }
            return words.count > 1 && !syntax ? "\"" + argument + "\"" : argument
        }.joined(separator: " ")
    }

    /// A recursive-descent parser over one query's tokens.
    private struct Parser {
        let tokens: [QueryToken]
        let query: String
        var position = 0
        var notices: [String] = []

        init(tokens: [QueryToken], query: String) {
            self.tokens = tokens
            self.query = query
        }

        private var next: QueryToken? { position < tokens.count ? tokens[position] : nil }

        /// Whether the next token can start an operand.
        private var atOperand: Bool {
            switch next {
            case .word?, .open?, .not?, .minus?: true
            default: false
            }
        }

        mutating func parseQuery() throws(SuoyinError) -> QueryExpression {
            var parts: [(QueryExpression, negated: Bool)] = []
            while next != nil {
                if let expression = try parseOr() { parts.append((expression, false)) }
                if next == .close {
                    position += 1
                    notices.append("ignored a ')' that closes nothing")
                }
            }
            // `a) b` joins what stands on both sides of the stray parenthesis with AND.
            guard let expression = conjunction(parts) else { throw .emptyQuery(query: query) }
            if expression.isOnlyExclusions { throw .onlyExclusions(query: query) }
            return expression
        }

        private mutating func parseOr() throws(SuoyinError) -> QueryExpression? {
            var alternatives: [QueryExpression] = []
            if let first = try parseAnd() { alternatives.append(first) }
            while next == .or {
                position += 1
                if alternatives.isEmpty { notices.append("ignored an OR with nothing before it") }
                guard atOperand else {
                    notices.append("ignored an OR with nothing after it")
                    continue
                }
                if let alternative = try parseAnd() { alternatives.append(alternative) }
            }
            if alternatives.count > 1 && alternatives.allSatisfy(\.isOnlyExclusions) {
                throw .onlyExclusions(query: query)
            }
            if alternatives.count > 1 && alternatives.contains(where: \.isOnlyExclusions) {
                throw .unreadableQuery(query: query, reason: """
                    NOT must subtract from something in the same group; write e.g. 法治 NOT 督察, \
                    not 法治 OR NOT 督察
                    """)
            }
            var flat: [QueryExpression] = []
            for alternative in alternatives {
                if case .or(let inner) = alternative { flat += inner } else { flat.append(alternative) }
            }
            return flat.count <= 1 ? flat.first : .or(flat)
        }

        private mutating func parseAnd() throws(SuoyinError) -> QueryExpression? {
            var parts: [(QueryExpression, negated: Bool)] = []
            while let token = next, token != .or, token != .close {
                if token == .and {
                    position += 1
                    if parts.isEmpty || !atOperand { notices.append("ignored an AND without a term on each side") }
                    continue
                }
                if case .near = token {
                    position += 1
                    notices.append("ignored a NEAR without a term on each side")
                    continue
                }
                if let part = try parseUnary() { parts.append(part) }
            }
            return conjunction(parts)
        }

        private mutating func parseUnary() throws(SuoyinError) -> (QueryExpression, negated: Bool)? {
            var negated = false
            while next == .not || next == .minus {
                position += 1
                negated.toggle()
            }
            guard atOperand else {
                notices.append("ignored a NOT (or -) with no term after it")
                return nil
            }
            return try parseNear().map { ($0, negated) }
        }

        private mutating func parseNear() throws(SuoyinError) -> QueryExpression? {
            guard let first = try parsePrimary() else { return nil }
            var pairs: [QueryExpression] = []
            var left = first
            while case .near(let distance)? = next {
                position += 1
                guard atOperand, let right = try parsePrimary() else {
                    notices.append("ignored a NEAR with no term after it")
                    break
                }
                guard case .term(let a) = left, case .term(let b) = right else {
                    throw .unreadableQuery(query: query, reason: """
                        NEAR joins two terms or quoted phrases, not groups; write e.g. 依法 NEAR/10 行政
                        """)
                }
                pairs.append(.near(a, b, distance: distance))
                left = right
            }
            if pairs.isEmpty { return first }
            return pairs.count == 1 ? pairs[0] : .and(required: pairs, excluded: [])
        }

        private mutating func parsePrimary() throws(SuoyinError) -> QueryExpression? {
            switch next {
            case .open?:
                position += 1
                let inner = try parseOr()
                if next == .close {
                    position += 1
                } else {
                    notices.append("closed a '(' left open at the end of the query")
                }
                return inner
            case .word(let text, let quoted, let exact)?:
                position += 1
                return QueryTerm(text, quoted: quoted, exact: exact).map(QueryExpression.term)
            default:
                return nil
            }
        }

        /// The AND of `parts`: required and excluded, flattened; nil when
        /// empty. Only exclusions give an AND with nothing required, which
        /// an enclosing AND absorbs (`a (NOT b)` is `a NOT b`) and anything
        /// else refuses.
        private func conjunction(_ parts: [(QueryExpression, negated: Bool)]) -> QueryExpression? {
            var required: [QueryExpression] = []
            var excluded: [QueryExpression] = []
            for (part, negated) in parts {
                if negated, case .and(let innerRequired, let innerExcluded) = part, innerRequired.isEmpty {
                    required += innerExcluded  // NOT (NOT a) is a
                } else if negated {
                    excluded.append(part)
                } else if case .and(let innerRequired, let innerExcluded) = part {
                    required += innerRequired
                    excluded += innerExcluded
                } else {
                    required.append(part)
                }
            }
            if required.isEmpty && excluded.isEmpty { return nil }
            if required.count == 1 && excluded.isEmpty { return required[0] }
            return .and(required: required, excluded: excluded)
        }
    }
}
