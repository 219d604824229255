import GRDB

/// Runs a ``QueryPlan``: the passages that can be among its best `count`
/// (ties with the last place included, since ties are ordered by
/// ``ResultOrder``, which the scores do not know), or every match, each
/// with its BM25 as FTS5's `bm25()` computes it.
struct QueryEvaluator {
    let db: Database
    let plan: QueryPlan
    let scorer: MatchScorer
    /// Reads the split lines (from a cache, say), for a search within a paragraph or document.
    let paragraphs: (Database) throws -> UnitRanges

    /// An evaluator in `db`'s current transaction, the one `plan` was made
    /// in; `lengths` reads the passage lengths when a match is scored.
    init(_ db: Database, plan: QueryPlan,
         lengths: @escaping (Database) throws -> PassageLengths = { try PassageLengths($0) },
         paragraphs: @escaping (Database) throws -> UnitRanges = { try UnitRanges(paragraphsIn: $0) }) {
        self.db = db
        self.plan = plan
        self.paragraphs = paragraphs
        scorer = MatchScorer(db: db, averageLength: plan.totals.averageLength, lengths: lengths)
    }

    /// The plan's passages, unordered.
    func passages() throws -> [RankedPassage] {
        if plan.scope != nil {
            let all = try ScopedEvaluation(db: db, plan: plan, lengths: scorer.lengths(db), paragraphs: paragraphs(db))
                .passages()
            guard let count = plan.count else { return all }
            var collector = TopCollector(count: count)
            for passage in all { collector.offer(passage) }
            return collector.passages
        }
        guard let count = plan.count else { return try allMatches() }
        if let ranked = try listShortcut(count) { return ranked }
        if let textCheck = plan.evaluation.textCheck, plan.termMatches == nil { return try checkedBest(count, textCheck) }
        var collector = TopCollector(count: count)
        if let allowed = plan.allowed {
            try forEachMatch { id, bm25 in
                if allowed.contains(id) { collector.offer(id, bm25: bm25) }
            }
        } else {
            try forEachMatch { id, bm25 in collector.offer(id, bm25: bm25) }
        }
        return collector.passages
    }

    /// The answer of the plan's list shortcut, nil when it has none or the lists cannot vouch for it.
    private func listShortcut(_ count: Int) throws -> [RankedPassage]? {
        let lists = PhraseListRanking(db: db, plan: plan, scorer: scorer)
        switch plan.strategy {
        case .listedPhrase(let phrase): return lists.rankPhrase(phrase, count: count)
        case .listedPhraseExcluding(let phrase): return try lists.rankExcluding(phrase, count: count)
        case .listedAlternatives(let first, let second, let both):
            return try lists.rankAlternatives([first, second], both: both, count: count)
        case .fts5, .scoped: return nil
        }
    }

    /// The best `count` of a plan whose FTS5 matches are candidates that the
    /// text decides (a `NEAR`): their scores need no text — FTS5 reports the
    /// frequencies — so they are checked best first, only until the best
    /// `count` (ties included) are found, not all of them.
    private func checkedBest(_ count: Int, _ expression: QueryExpression) throws -> [RankedPassage] {
        var candidates: [RankedPassage] = []
        try scorer.forEachMatch(of: plan.evaluation, checkingText: false) { id, bm25 in
            if plan.allowed?.contains(id) ?? true { candidates.append(RankedPassage(id: id, bm25: bm25)) }
        }
        candidates.sort { ($0.bm25, $0.id) < ($1.bm25, $1.id) }
        var check = TextMatch(expression)
        let statement = try db.cachedStatement(sql: "SELECT text FROM passages WHERE id = ?")
        var collector = TopCollector(count: count)
        for candidate in candidates {
            guard candidate.bm25 <= collector.bar else { break }
            try statement.setArguments([candidate.id])
            var matched = false
            try RawRows.forEach(statement, in: db) { handle in matched = check.matches(RawRows.text(handle, column: 0)) }
            if matched { collector.offer(candidate) }
        }
        return collector.passages
    }

    /// For each pinned document (``QueryPlan/pinned``), its best passage
    /// that matches (ties: the lowest id), else its first passage, without a score.
    func pinnedPassages() throws -> [(id: Int64, bm25: Double?)] {
        try plan.pinned.map { range in
            var collector = TopCollector(count: 1)
            try forEachMatch { id, bm25 in
                if range.contains(id) { collector.offer(id, bm25: bm25) }
            }
            let best = collector.passages.min { ($0.bm25, $0.id) < ($1.bm25, $1.id) }
            return best.map { ($0.id, $0.bm25) } ?? (range.lowerBound, nil)
        }
    }

    /// Calls `body` with each match of the plan and its BM25: from the
    /// term's matches read while planning (``QueryPlan/termMatches``), else from FTS5.
    private func forEachMatch(_ body: (Int64, Double) -> Void) throws {
        guard let matches = plan.termMatches else { return try scorer.forEachMatch(of: plan.evaluation, body) }
        let bm25 = BM25(idfs: [plan.phrases[0].idf], averageLength: plan.totals.averageLength)
        let lengths = try scorer.lengths(db)
        for (id, frequency) in zip(matches.ids, matches.frequencies) {
            body(id, bm25.score(length: lengths.length(of: id)) { _ in Int(frequency) })
        }
    }

    /// Every match the filter lets through.
    private func allMatches() throws -> [RankedPassage] {
        var ranked: [RankedPassage] = []
        try forEachMatch { id, bm25 in
            if plan.allowed?.contains(id) ?? true { ranked.append(RankedPassage(id: id, bm25: bm25)) }
        }
        return ranked
    }
}
