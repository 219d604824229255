import SuoyinCore

/// A search as the API and the page take it from a URL's parameters: the
/// query in the whole grammar, its filter and the page, each checked
/// against the server's limits with a message naming the parameter.
///
/// `q` (required), `limit` (1–1,000, default 10), `offset` (0–10,000),
/// `path`, `issuer`, `number` (repeatable), `since`, `until`, `within`
/// (`passage`, `paragraph`, `document`), `exact`, `group` (`passages`,
/// `documents`), `sort` (`relevance`, `date`, `path`), `context` (0–10) and
/// `copies` (`folded`, `all`).
struct SearchRequest {
    static let parameterNames: Set<String> = [
        "q", "limit", "offset", "path", "since", "until", "issuer", "number", "within", "exact", "group", "sort",
        "context", "copies",
    ]
    /// The longest query, in characters (code points).
    static let maximumQueryLength = 1_000
    static let maximumLimit = 1_000
    /// Pages deeper than this are refused: each costs a ranking of that many passages.
    static let maximumOffset = 10_000
    static let maximumContext = 10

    var text: String
    var query: Query
    var filter: SearchFilter
    var options: SearchOptions
    /// What the answer depends on. Two requests with the same key have the same answer on the same index.
    var key: Key

    /// The query as typed, where its terms must stand, whether numerals are exact, and every field of the filter
    /// and the options (their conformances to `Hashable` are synthesized, so a field added later is part of it).
    struct Key: Hashable, Sendable {
        var text: String
        var scope: SearchScope
        var exact: Bool
        var filter: SearchFilter
        var options: SearchOptions
    }

    init(_ parameters: QueryString, defaultLimit: Int = 10) throws(RequestProblem) {
        guard let text = try parameters.value("q"), !text.allSatisfy(\.isWhitespace) else {
            throw .parameter("q", "give a query, e.g. q=法治政府建设.")
        }
        guard text.unicodeScalars.count <= Self.maximumQueryLength else {
            throw .parameter("q", "the query has \(text.unicodeScalars.count) characters; at most \(Self.maximumQueryLength) are allowed.")
        }
        self.text = text
        let scope = try Self.choice(parameters, "within", default: SearchScope.paragraph)
        let exact = try parameters.flag("exact")
        do {
            query = try QueryParser.parse(text, scope: scope, exact: exact)
            filter = try SearchFilter(
                pathPatterns: parameters.values("path").filter { !$0.isEmpty },
                since: try parameters.value("since"), until: try parameters.value("until"),
                issuers: parameters.values("issuer").filter { !$0.isEmpty },
                numbers: parameters.values("number").filter { !$0.isEmpty })
        } catch let error as SuoyinError {
            throw RequestProblem(error)
        } catch let problem as RequestProblem {
            throw problem
        } catch {
            throw RequestProblem(.badRequest, "\(error)")
        }
        let copies = try parameters.value("copies") ?? "folded"
        guard copies == "folded" || copies == "all" else { throw .parameter("copies", "give folded or all.") }
        options = SearchOptions(
            limit: try parameters.integer("limit", in: 1...Self.maximumLimit, default: defaultLimit),
            offset: try parameters.integer("offset", in: 0...Self.maximumOffset, default: 0),
            grouping: try Self.choice(parameters, "group", default: ResultGrouping.passages),
            sort: try Self.choice(parameters, "sort", default: ResultSort.relevance),
            context: try parameters.integer("context", in: 0...Self.maximumContext, default: 0),
            allCopies: copies == "all")
        key = Key(text: text, scope: scope, exact: exact, filter: filter, options: options)
    }

    /// The value of `name` as one of `Choice`'s cases.
    private static func choice<Choice: RawRepresentable & CaseIterable>(
        _ parameters: QueryString, _ name: String, default fallback: Choice
    ) throws(RequestProblem) -> Choice where Choice.RawValue == String {
        guard let text = try parameters.value(name) else { return fallback }
        guard let value = Choice(rawValue: text) else {
            throw .parameter(name, "'\(text.prefix(40))' is not one of \(Choice.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return value
    }
}
