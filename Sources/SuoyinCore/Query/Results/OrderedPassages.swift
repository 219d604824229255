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
    /// What the asks of a page read, for the next ask.
    private let kept: RankedRecords.Kept

    init(_ db: Database, query: Query, filter: SearchFilter, sort: ResultSort, spans: DocumentSpans,
         lengths: @escaping (Database) throws -> PassageLengths,
         paragraphs: @escaping (Database) throws -> UnitRanges = { try UnitRanges(paragraphsIn: $0) },
         dense: @escaping QueryPlan.DenseLoader = DensePhrases.frequencies,
         matches: @escaping QueryPlan.MatchesLoader = { try TermMatches($0, term: $1) }, countsEveryMatch: Bool = true,
         foldsCopies: Bool = false) {
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
        kept = RankedRecords.Kept(foldsCopies: foldsCopies)
        exact = ExactScript(sources: query.positivePhrases.map(\.source))
    }

    /// The first `count` passages in order (nil: all), and whether they are all the matches.
    func first(_ count: Int?) throws -> (passages: [RankedRecords.Ranked], complete: Bool) {
        let top = count.flatMap { $0 <= Searcher.deepestTop ? $0 : nil }
        if sort != .relevance {
            let all = try sortedMatches()
            let ids = Array(all.prefix(top ?? all.count))
            return (try records(ofOrdered: ids), ids.count == all.count)
        }
        let (passages, available) = try relevant(top)
        return (passages, top == nil || available < top!)
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
    ///
    /// Also how many passages there were to choose from: with copies folded,
    /// fewer may come back (``RankedRecords/best(_:of:count:exact:kept:)``).
    private func relevant(_ top: Int?) throws -> (passages: [RankedRecords.Ranked], available: Int) {
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
            matches = try evaluate(plan)
            if everything { everyMatch = matches }
        }
        askedBefore = true
        let (ranked, pinned) = matches
        let count = top ?? (ranked.count + pinned.count)
        let first = try pinnedFirst(pinned, ranked: ranked)
        let pinnedIds = Set(pinned.map(\.id))
        let rest = pinned.isEmpty ? ranked : ranked.filter { !pinnedIds.contains($0.id) }
        let best = try RankedRecords.best(db, of: rest, count: max(count - first.count, 0), exact: exact, kept: kept)
        return (first + best, first.count + rest.count)
    }

    /// The matches of `plan`, and the passages of documents whose number the query is.
    private func evaluate(_ plan: QueryPlan) throws -> (ranked: [RankedPassage], pinned: [(id: Int64, bm25: Double?)]) {
        let evaluator = QueryEvaluator(db, plan: plan, lengths: lengths, paragraphs: paragraphs)
        return (try evaluator.passages(), try evaluator.pinnedPassages())
    }

    /// The pinned passages in order, each with the search's best score (see DocumentNumberPinning).
    private func pinnedFirst(
        _ pinned: [(id: Int64, bm25: Double?)], ranked: [RankedPassage]
    ) throws -> [RankedRecords.Ranked] {
        guard !pinned.isEmpty else { return [] }
        let best = (ranked.map(\.bm25) + pinned.compactMap(\.bm25)).min() ?? 0
        return try RankedRecords.best(
            db, of: pinned.map { RankedPassage(id: $0.id, bm25: best) }, count: pinned.count, exact: exact)
    }

    /// Every match in order, handed to `body` `size` at a time (and the ties of the last), so
    /// that no more than those are read from the index at once: the results
    /// of `--limit 0` for a character in millions of passages.
    ///
    /// By relevance, the matches are sorted by score alone, and each chunk
    /// ends after the last passage of its score, so that the ties within it,
    /// ordered by their rows (``RankedRecords/best(_:of:count:exact:kept:)``),
    /// are all the ties there are: the order is the one ``first(_:)`` gives.
    /// A run of one score longer than a chunk is ordered by its places
    /// alone (``TieOrder``) and then read in chunks.
    ///
    /// Passages `skipped` says need no record (their document already shown)
    /// are left out before any is read.
    func forEachChunk(
        of size: Int = chunkSize, skipping skipped: (Int64) -> Bool = { _ in false },
        _ body: ([RankedRecords.Ranked]) throws -> Void
    ) throws {
        guard sort == .relevance else {
            try Self.inOrder(try sortedMatches(), size: size) { chunk in
                try body(try records(ofOrdered: chunk.filter { !skipped($0.id) }))
            }
            return
        }
        try rankEveryMatch()
        guard let (ranked, pinned) = everyMatch else { return }
        let first = try pinnedFirst(pinned, ranked: ranked)
        if !first.isEmpty { try body(first) }
        let pinnedIds = Set(pinned.map(\.id))
        let rest = ranked.filter { !pinnedIds.contains($0.id) }.sorted { $0.bm25 < $1.bm25 }
        var start = 0
        while start < rest.count {
            var end = min(start + size, rest.count)
            while end < rest.count && rest[end].bm25 == rest[end - 1].bm25 { end += 1 }
            var lastScore = end - 1
            while lastScore > start && rest[lastScore - 1].bm25 == rest[end - 1].bm25 { lastScore -= 1 }
            if end - lastScore <= size {
                let chunk = rest[start..<end].filter { !skipped($0.id) }
                try body(try RankedRecords.best(db, of: chunk, count: chunk.count, exact: exact))
            } else {
                // A long run of one score (a footer copied onto every page): ordered by
                // its places alone, then read a chunk at a time like the rest.
                let head = rest[start..<lastScore].filter { !skipped($0.id) }
                if !head.isEmpty { try body(try RankedRecords.best(db, of: head, count: head.count, exact: exact)) }
                let ties = rest[lastScore..<end].filter { !skipped($0.id) }
                try Self.inOrder(try TieOrder(db, ties: ties, exact: exact, chunkSize: size).passages, size: size) { chunk in
                    try body(try records(ofOrdered: chunk.filter { !skipped($0.id) }))
                }
            }
            start = end
        }
    }

    /// Hands `passages` to `body` `size` at a time.
    private static func inOrder(_ passages: [RankedPassage], size: Int, _ body: ([RankedPassage]) throws -> Void) throws {
        for start in stride(from: 0, to: passages.count, by: size) {
            try body(Array(passages[start..<min(start + size, passages.count)]))
        }
    }

    /// The records of `passages`, in their order.
    private func records(ofOrdered passages: [RankedPassage]) throws -> [RankedRecords.Ranked] {
        let records = Dictionary(try RankedRecords.records(db, of: passages).map { ($0.id, $0.record) },
                                 uniquingKeysWith: { first, _ in first })
        return passages.compactMap { ranked in
            records[ranked.id].map {
                RankedRecords.Ranked(id: ranked.id, record: $0, bm25: ranked.bm25, through: ranked.through)
            }
        }
    }

    /// Ranks every match by relevance, or sorts them by date or path, once:
    /// then ``everyMatchIds`` holds them.
    func rankEveryMatch() throws {
        if sort != .relevance {
            _ = try sortedMatches()
        } else if everyMatch == nil {
            everyMatch = try evaluate(try QueryPlan(db, query: query, count: nil, filter: filter, dense: dense,
                                                    matches: matches))
        }
    }

    /// How many results ``forEachChunk(of:_:)`` reads at once.
    static let chunkSize = 512

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
