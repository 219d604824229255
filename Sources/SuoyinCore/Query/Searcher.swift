import GRDB

/// Runs queries against an index and returns ranked passages with highlights:
/// the entry point of the query path, which `Query/README.md` walks through
/// step by step. The command line calls it, and so will every other door.
///
/// Ranking is FTS5's BM25 over passages, best first, equal to FTS5's
/// `bm25()` bit for bit; ties go first to a passage that holds a query
/// phrase as typed (``ExactScript``), then by ``ResultOrder`` (path
/// bytewise, line, column). One search: the plan (``QueryPlan``), its
/// evaluation (``QueryEvaluator``), the best rows in result order
/// (``RankedRecords``, ``OrderedPassages``), the page cut from them with
/// documents or copies folded (``ResultWalk``, ``CopyFinder``), the exact
/// totals (``MatchCounter``), context and highlights, all in one read
/// transaction.
public struct Searcher: Sendable {
    public let database: IndexDatabase

    public init(database: IndexDatabase) {
        self.database = database
    }

    /// One page of the results for `query` in the documents `filter` lets
    /// through, with the totals of the whole search.
    ///
    /// Totals count every matching passage, copies included, and the
    /// distinct documents they are in.
    public func search(
        _ query: Query, filter: SearchFilter = SearchFilter(), options: SearchOptions
    ) throws(SuoyinError) -> SearchResponse {
        try search(query, filter: filter, options: options, countingTotals: true)
    }

    /// The passages matching `query` in the documents `filter` lets through,
    /// best first, each copy its own result, without totals. A `limit` of 0 means all.
    public func search(
        _ query: Query, filter: SearchFilter = SearchFilter(), limit: Int = 10, offset: Int = 0
    ) throws(SuoyinError) -> [SearchResult] {
        try search(query, filter: filter, options: SearchOptions(limit: limit, offset: offset, allCopies: true),
                   countingTotals: false).results
    }

    /// How many passages match, and in how many documents, without ranking any.
    public func count(_ query: Query, filter: SearchFilter = SearchFilter()) throws(SuoyinError) -> SearchTotal {
        try database.read("count matches") { db in
            try total(db, plan: try QueryPlan(db, query: query, count: nil, filter: filter,
                                              dense: database.denseCache.frequencies),
                      spans: try database.spansCache.value(db)).0
        }
    }

    private func search(
        _ query: Query, filter: SearchFilter, options: SearchOptions, countingTotals: Bool
    ) throws(SuoyinError) -> SearchResponse {
        if options.limit == 0 {
            var results: [SearchResult] = []
            let total = try everyResult(query, filter: filter, options: options, countingTotals: countingTotals) {
                results.append($0)
            }
            return SearchResponse(results: results, total: total)
        }
        let offset = max(options.offset, 0)
        let highlighter = HighlightFinder(phrases: query.positivePhrases)
        let (results, total) = try database.read("search") { db -> ([SearchResult], SearchTotal) in
            let spans = try database.spansCache.value(db)
            let grouped = options.grouping == .documents
            // The plan of every match counts them and bounds the copies; a plain page needs neither.
            let everyMatch = countingTotals || grouped || !options.allCopies
            let memo = TermMatchesMemo()
            let ordered = OrderedPassages(db, query: query, filter: filter, sort: options.sort, spans: spans,
                                          lengths: database.lengthsCache.lengths,
                                          paragraphs: database.paragraphsCache.value, dense: database.denseCache.frequencies,
                                          matches: memo.matches, countsEveryMatch: everyMatch,
                                          foldsCopies: options.grouping == .passages && !options.allCopies)
            let entries = try ResultWalk(db: db, options: options, spans: spans).page(ordered.first)
            let plan = everyMatch
                ? try QueryPlan(db, query: query, count: nil, filter: filter, dense: database.denseCache.frequencies,
                                matches: memo.matches) : nil
            let (total, matches) = try plan.map { plan in
                try self.total(db, plan: plan, spans: spans, matchesIn: grouped ? entries.compactMap(\.document) : [],
                               everyMatch: ordered.everyMatchIds)
            } ?? (SearchTotal(passages: 0, documents: 0), [:])
            let details = ResultDetails(db, plan: plan, options: options, spans: spans, matches: matches)
            return (try entries.map { try details.result(for: $0) }, total)
        }
        let page = results.enumerated().map { index, result in
            Self.ranked(result, rank: offset + index + 1, highlighter: highlighter)
        }
        return SearchResponse(results: page, total: total)
    }

    /// `result` as shown at `rank`, with the places of the query's phrases in its text marked.
    static func ranked(_ result: SearchResult, rank: Int, highlighter: HighlightFinder) -> SearchResult {
        var result = result
        result.rank = rank
        result.highlights = highlighter.highlights(in: result.text).map { [$0.lowerBound, $0.upperBound] }
        return result
    }

    /// Every match, and a pinned document's passage that does not match (it
    /// is shown all the same); with how many matches each of `documents` holds.
    /// `everyMatch`: every match's id, when the page's ordering has them.
    func total(
        _ db: Database, plan: QueryPlan, spans: DocumentSpans, matchesIn documents: [Int] = [],
        everyMatch: [Int64]? = nil
    ) throws -> (SearchTotal, [Int: Int]) {
        let pinned = plan.pinned.compactMap { spans.index(containing: $0.lowerBound) }
        var (total, matches) = try MatchCounter(db: db, plan: plan, spans: spans, lengths: database.lengthsCache.lengths,
                                                paragraphs: database.paragraphsCache.value)
            .total(matchesIn: Set(documents + pinned), everyMatch: everyMatch)
        for document in Set(pinned) where matches[document] == 0 {
            total.passages += 1
            total.documents += 1
        }
        return (total, matches)
    }

    /// The deepest page end ranked with a bounded heap; deeper pages rank all matches.
    static let deepestTop = 1_000_000
}
