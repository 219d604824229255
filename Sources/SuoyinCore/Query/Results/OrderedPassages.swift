import GRDB

/// A search's matching passages in the order ``ResultSort`` asks for, read
/// as far as a page needs (``ResultWalk``).
///
/// By relevance, the plan ranks only the best `count`, as before there
/// were pages of documents or copies. By date or path every match is
/// needed, but not its text: documents order by their path and date
/// (``DocumentSpans``), passages within a document by id, which is reading
/// order, and only the passages of the page are read.
final class OrderedPassages {
    let db: Database
    let query: Query
    let filter: SearchFilter
    let sort: ResultSort
    let spans: DocumentSpans
    let exact: ExactScript
    let lengths: (Database) throws -> PassageLengths
    let paragraphs: (Database) throws -> UnitRanges
    let dense: QueryPlan.DenseLoader
    let matches: QueryPlan.MatchesLoader
    /// Whether the search also counts every match (totals, documents,
    /// copies): a plan FTS5 cannot count then ranks every match once for both.
    let countsEveryMatch: Bool
    /// Every match in order, for date and path, made on first use.
    private var sorted: [RankedPassage]?
    /// Every match by relevance, once a page needed more than the first ranking.
    private var everyMatch: (ranked: [RankedPassage], pinned: [(id: Int64, bm25: Double?)])?
    private var askedBefore = false

    init(_ db: Database, query: Query, filter: SearchFilter, sort: ResultSort, spans: DocumentSpans,
         lengths: @escaping (Database) throws -> PassageLengths,
         paragraphs: @escaping (Database) throws -> UnitRanges = { try UnitRanges(paragraphsIn: $0) },
         dense: @escaping QueryPlan.DenseLoader = DensePhrases.frequencies,
         matches: @escaping QueryPlan.MatchesLoader = { try TermMatches($0, term: $1) }, countsEveryMatch: Bool = true) {
        self.db = db
        self.query = query
        self.filter = filter
        self.sort = sort
        self.spans = spans
        self.lengths = lengths
        self.paragraphs = paragraphs
        self.dense = dense
        self.matches = matches
        self.countsEveryMatch = countsEveryMatch
        exact = ExactScript(sources: query.positivePhrases.map(\.source))
    }

    /// The first `count` passages in order (nil: all), and whether they are all the matches.
    func first(_ count: Int?) throws -> (passages: [RankedRecords.Ranked], complete: Bool) {
        let top = count.flatMap { $0 <= Searcher.deepestTop ? $0 : nil }
        if sort != .relevance {
            let all = try sortedMatches()
            let ids = Array(all.prefix(top ?? all.count))
            let records = Dictionary(try RankedRecords.records(db, of: ids).map { ($0.id, $0.record) },
                                     uniquingKeysWith: { first, _ in first })
            let passages = ids.compactMap { ranked in
                records[ranked.id].map {
                    RankedRecords.Ranked(id: ranked.id, record: $0, bm25: ranked.bm25, through: ranked.through)
                }
            }
            return (passages, ids.count == all.count)
        }
        let passages = try relevant(top)
        return (passages, top == nil || passages.count < top!)
    }

    /// Every match's id (each stretch's first passage), when they were all
    /// ranked or sorted for this search; nil when only the best were.
    var everyMatchIds: [Int64]? { (everyMatch?.ranked ?? sorted)?.map(\.id) }

    /// The best `top` (nil: all) by relevance, documents whose number the query is first.
    ///
    /// A call ranks only the best `top` while that is within the phrase
    /// lists' depth, where a listed phrase is ranked from its list however
    /// many passages hold it; a later, deeper call (the page fell short,
    /// copies or documents having been folded) ranks every match once and
    /// keeps them: each further call then reads only the rows it needs.
    private func relevant(_ top: Int?) throws -> [RankedRecords.Ranked] {
        let matches: (ranked: [RankedPassage], pinned: [(id: Int64, bm25: Double?)])
        if let everyMatch {
            matches = everyMatch
        } else {
            let deeper = askedBefore && (top ?? .max) > PhraseLists.depth
            var plan = try QueryPlan(db, query: query, count: deeper ? nil : top, filter: filter, dense: dense,
                                     matches: self.matches)
            // Matches FTS5 cannot count alone are counted from every match (MatchCounter):
            // ranking every match once serves the page and the totals.
            let everything = deeper || top == nil || (countsEveryMatch && !MatchCounter.isCountable(plan))
            if everything && plan.count != nil {
                plan = try QueryPlan(db, query: query, count: nil, filter: filter, dense: dense, matches: self.matches)
            }
            let evaluator = QueryEvaluator(db, plan: plan, lengths: lengths, paragraphs: paragraphs)
            matches = (try evaluator.passages(), try evaluator.pinnedPassages())
            if everything { everyMatch = matches }
        }
        askedBefore = true
        let (ranked, pinned) = matches
        let count = top ?? (ranked.count + pinned.count)
        guard !pinned.isEmpty else { return try RankedRecords.best(db, of: ranked, count: count, exact: exact) }
        // Pinned documents come first with the search's best score (see DocumentNumberPinning).
        let pinnedIds = Set(pinned.map(\.id))
        let best = (ranked.map(\.bm25) + pinned.compactMap(\.bm25)).min() ?? 0
        let first = try RankedRecords.best(
            db, of: pinned.map { RankedPassage(id: $0.id, bm25: best) }, count: pinned.count, exact: exact)
        let rest = ranked.filter { !pinnedIds.contains($0.id) }
        return first + (try RankedRecords.best(db, of: rest, count: max(count - first.count, 0), exact: exact))
    }

    /// Every match, by date (newest first, unknown last, then relevance) or by path.
    private func sortedMatches() throws -> [RankedPassage] {
        if let sorted { return sorted }
        let plan = try QueryPlan(db, query: query, count: nil, filter: filter, dense: dense, matches: self.matches)
        let matches = try QueryEvaluator(db, plan: plan, lengths: lengths, paragraphs: paragraphs).passages()
        // Each document's place in path order, computed once for all its passages.
        let places = try DocumentPlaces(db, spans: spans)
        let byPath = spans.documents.indices.sorted { lhs, rhs in
            let (left, right) = (spans.documents[lhs], spans.documents[rhs])
            return ResultOrder.precedes(
                ResultOrder.Place(path: places.paths[lhs].utf8, line: 0, column: 0, passage: left.first),
                ResultOrder.Place(path: places.paths[rhs].utf8, line: 0, column: 0, passage: right.first))
        }
        var pathRank = Array(repeating: 0, count: spans.documents.count)
        for (rank, document) in byPath.enumerated() { pathRank[document] = rank }
        let keyed = matches.map { match -> (match: RankedPassage, document: Int) in
            (match, spans.index(containing: match.id).map { pathRank[$0] } ?? Int.max)
        }
        let dates = places.dates
        let order: [RankedPassage] = keyed.sorted { lhs, rhs in
            if sort == .date {
                let left = byPathDate(lhs.document, byPath, dates)
                let right = byPathDate(rhs.document, byPath, dates)
                if left != right { return (left ?? "") > (right ?? "") }
                if lhs.match.bm25 != rhs.match.bm25 { return lhs.match.bm25 < rhs.match.bm25 }
            }
            return (lhs.document, lhs.match.id) < (rhs.document, rhs.match.id)
        }.map(\.match)
        sorted = order
        return order
    }

    /// The date of the document at `rank` in path order.
    private func byPathDate(_ rank: Int, _ byPath: [Int], _ dates: [String?]) -> String? {
        rank < byPath.count ? dates[byPath[rank]] : nil
    }
}
