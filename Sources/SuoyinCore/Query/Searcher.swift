import GRDB

/// Runs queries against an index and returns ranked passages with highlights:
/// the entry point of the query path, which `Query/README.md` walks through
/// step by step.
///
/// Ranking is FTS5's BM25 over passages, best first, equal to FTS5's
/// `bm25()` bit for bit; ties go by ``ResultOrder`` (path bytewise, line,
/// column). One search: the plan (``QueryPlan``), its evaluation
/// (``QueryEvaluator``), the best rows in result order (``RankedRecords``)
/// and their highlights (``HighlightFinder``), all in one read transaction.
public struct Searcher: Sendable {
    public let database: IndexDatabase

    public init(database: IndexDatabase) {
        self.database = database
    }

    /// The passages matching `query` in the documents `filter` lets through,
    /// best first. A `limit` of 0 means all.
    public func search(
        _ query: Query, filter: SearchFilter = SearchFilter(), limit: Int = 10, offset: Int = 0
    ) throws(SuoyinError) -> [SearchResult] {
        let offset = max(offset, 0)
        let rows = try database.read("search") { db in
            let plan = try QueryPlan(db, query: query, count: limit > 0 ? offset + limit : nil, filter: filter)
            let ranked = try QueryEvaluator(db, plan: plan, lengths: database.lengthsCache.lengths).passages()
            return try RankedRecords.best(db, of: ranked, count: plan.count ?? ranked.count)
        }
        let page = rows.dropFirst(offset).prefix(limit > 0 ? limit : Int.max)
        let phrases = query.positivePhrases
        return page.enumerated().map { index, match in
            var result = match.record.result
            result.rank = offset + index + 1
            result.score = -match.bm25
            result.highlights = HighlightFinder.highlights(of: phrases, in: result.text).map { [$0.lowerBound, $0.upperBound] }
            return result
        }
    }
}
