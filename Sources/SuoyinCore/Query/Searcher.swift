import GRDB

/// Runs queries against an index and returns ranked passages with highlights:
/// the entry point of the query path, which `Query/README.md` walks through
/// step by step.
///
/// Ranking is FTS5's BM25 over passages, best first, equal to FTS5's
/// `bm25()` bit for bit; ties go by ``ResultOrder`` (path bytewise, line,
/// column). One search: the plan (``QueryPlan``), its evaluation
/// (``QueryEvaluator``), the best rows in result order (``RankedRecords``),
/// documents whose number the query is first (``DocumentNumberPinning``),
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
        // A page that ends past `deepestTop` is cut from all matches: a heap is never reserved
        // for results that cannot exist (--limit 10000000000 asked for 80 GB), nor overflows.
        let (pageEnd, overflows) = offset.addingReportingOverflow(limit)
        let top = limit > 0 && !overflows && pageEnd <= Self.deepestTop ? pageEnd : nil
        let rows = try database.read("search") { db in
            let plan = try QueryPlan(db, query: query, count: top, filter: filter)
            let evaluator = QueryEvaluator(db, plan: plan, lengths: database.lengthsCache.lengths)
            let pinned = try evaluator.pinnedPassages()
            let ranked = try evaluator.passages()
            let count = top ?? ranked.count
            guard !pinned.isEmpty else { return try RankedRecords.best(db, of: ranked, count: count) }
            // Pinned documents come first with the search's best score (see DocumentNumberPinning).
            let pinnedIds = Set(pinned.map(\.id))
            let best = (ranked.map(\.bm25) + pinned.compactMap(\.bm25)).min() ?? 0
            let first = try RankedRecords.best(
                db, of: pinned.map { RankedPassage(id: $0.id, bm25: best) }, count: pinned.count)
            let rest = ranked.filter { !pinnedIds.contains($0.id) }
            return first + (try RankedRecords.best(db, of: rest, count: max(count - first.count, 0)))
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

    /// The deepest page end ranked with a bounded heap; deeper pages rank all matches.
    static let deepestTop = 1_000_000
}
