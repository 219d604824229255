/// `suoyin search --explain`: how a query was understood and how it would be answered.
extension Searcher {
    /// The query's tree (``QueryExpression/description``), its scope, its
    /// repairs, and the plan a search with this `filter` and top `limit`
    /// (0: every match) would follow, with FTS5's expression
    /// (``QueryPlan/description``), escaped terms' control bytes written
    /// visibly (``FTS5Expression/readable(_:)``).
    public func explain(_ query: Query, filter: SearchFilter = SearchFilter(), limit: Int = 10) throws(SuoyinError) -> String {
        let plan = try database.read("explain the query") { db in
            try QueryPlan(db, query: query, count: limit > 0 ? limit : nil, filter: filter).description
        }
        var lines = ["query: \(query.source)", "within: \(query.scope.rawValue)"]
        lines += query.notices.map { "repaired: \($0)" }
        lines += ["understood as:", query.expression.description.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")]
        lines += ["FTS5: \(query.matchExpression)", plan].map(FTS5Expression.readable)
        return lines.joined(separator: "\n")
    }
}
