import GRDB

extension Searcher {
    /// Every result of `query` in the documents `filter` lets through, from
    /// `options.offset` on, handed to `each` in order as soon as it is read;
    /// returns the totals of the whole search. With a `limit` above 0, the
    /// page of ``search(_:filter:options:)`` is handed over instead.
    ///
    /// Every match is ranked first, as ids and scores; the passages are then
    /// read a few hundred at a time (``OrderedPassages/forEachChunk(of:_:)``),
    /// so memory holds the matches' ids and one chunk, not every result's
    /// text: `suoyin search --limit 0` of a character in millions of passages.
    public func search(
        _ query: Query, filter: SearchFilter = SearchFilter(), options: SearchOptions,
        each: (SearchResult) -> Void
    ) throws(SuoyinError) -> SearchTotal {
        guard options.limit == 0 else {
            let response = try search(query, filter: filter, options: options)
            response.results.forEach(each)
            return response.total
        }
        return try everyResult(query, filter: filter, options: options, countingTotals: true, each: each)
    }

    /// Every result from `options.offset` on, one at a time, read `chunkSize` at a time; the totals when `countingTotals`.
    func everyResult(
        _ query: Query, filter: SearchFilter, options: SearchOptions, countingTotals: Bool,
        chunkSize: Int = OrderedPassages.chunkSize, each: (SearchResult) -> Void
    ) throws(SuoyinError) -> SearchTotal {
        let highlighter = HighlightFinder(phrases: query.positivePhrases)
        let offset = max(options.offset, 0)
        return try database.read("search") { db -> SearchTotal in
            let spans = try database.spansCache.value(db)
            let grouped = options.grouping == .documents
            let memo = TermMatchesMemo()
            let ordered = OrderedPassages(db, query: query, filter: filter, sort: options.sort, spans: spans,
                                          lengths: database.lengthsCache.lengths,
                                          paragraphs: database.paragraphsCache.value,
                                          dense: database.denseCache.frequencies, matches: memo.matches)
            try ordered.rankEveryMatch()
            // The plan of every match counts them and bounds the copies; results that are each copy need neither.
            let plan = countingTotals || grouped || !options.allCopies
                ? try QueryPlan(db, query: query, count: nil, filter: filter, dense: database.denseCache.frequencies,
                                matches: memo.matches) : nil
            let ids = ordered.everyMatchIds ?? []
            // Every matching document is shown, each with its count of matches.
            let documents = grouped ? Set(ids.compactMap { spans.index(containing: $0) }) : []
            let (total, matches) = try plan.map { plan in
                try self.total(db, plan: plan, spans: spans, matchesIn: Array(documents), everyMatch: ids)
            } ?? (SearchTotal(passages: 0, documents: 0), [:])
            let details = ResultDetails(db, plan: plan, options: options, spans: spans, matches: matches)
            var folding = ResultFolding(db, options: options, spans: spans)
            var rank = 0
            try ordered.forEachChunk(of: chunkSize, skipping: { folding.isFolded($0) }) { chunk in
                for passage in chunk {
                    guard let entry = try folding.admit(passage) else { continue }
                    rank += 1
                    if rank > offset { each(Self.ranked(try details.result(for: entry), rank: rank, highlighter: highlighter)) }
                }
            }
            return total
        }
    }
}
