import GRDB

/// How one search will be answered, decided once before any match is read:
/// the query's phrases with what the index knows of each, and the strategy.
/// ``QueryEvaluator`` runs it; `description` prints it.
///
/// Everything a search reads to decide is read here, once, in the search's
/// transaction: the index totals, whether the phrase lists are current,
/// each positive phrase's list or count, the dense frequencies an `AND`
/// can use, and the passages the filter lets through.
struct QueryPlan {
    /// The ways a query is answered, side by side. Every one gives FTS5's
    /// own `bm25()` ranking exactly; the list shortcuts apply only to a top
    /// of at most ``PhraseLists/depth`` without a filter, when the lists
    /// are current, and may still decline at run time, when the passages a
    /// list left out could reach the result (see ``PhraseListRanking``):
    /// then ``QueryPlan/evaluation`` answers. Whatever FTS5 evaluates (the
    /// `fts5` case, and the `A AND B` or rare side of the alternatives) is an
    /// ``FTS5Evaluation``, whose own two shortcuts — rarest group first,
    /// dense phrases from memory — are described there.
    enum Strategy {
        /// One phrase: its list's passages, ranked.
        case listedPhrase(Int)
        /// One phrase minus exclusions: its list's passages without an
        /// excluded phrase (told from their text).
        case listedPhraseExcluding(Int)
        /// Two alternatives `A OR B`: the best of each alone (its list, or
        /// every match of a phrase without one), plus FTS5's matches of
        /// `A AND B`, which score for both.
        case listedAlternatives(Alternative, Alternative, both: FTS5Evaluation)
        /// FTS5 evaluates the whole query: ``QueryPlan/evaluation``.
        case fts5
        /// Terms must stand together within a paragraph or a document, not
        /// a passage: ``ScopedEvaluation`` combines each term's matches.
        case scoped(SearchScope)
    }

    /// One side of `A OR B` for ``Strategy/listedAlternatives(_:_:both:)``.
    enum Alternative {
        /// The phrase's list (its index in ``QueryPlan/phrases``).
        case listed(Int)
        /// A phrase without a list is rare: all its matches, from FTS5.
        case allMatches(FTS5Evaluation)
    }

    let query: Query
    /// The passage count and average length BM25 uses.
    let totals: IndexTotals
    /// Whether the phrase lists (and dense frequencies) describe the index as
    /// it is; read once (``PhraseLists/isCurrent(_:)``).
    let listsCurrent: Bool
    /// The positive phrases, group by group in the query's order, then the
    /// excluded ones.
    let phrases: [PlannedPhrase]
    /// How many of the best passages are wanted (ties with the last
    /// included); nil for every match.
    let count: Int?
    /// The passages the search's filter lets through; nil without a filter.
    let allowed: PassageRanges?
    /// The documents put first because the query is their number
    /// (``DocumentNumberPinning``), as passage id ranges; usually none.
    let pinned: [ClosedRange<Int64>]
    /// The paragraph or document the query's terms must stand together in,
    /// when that can differ from a passage (``ScopedEvaluation``); nil when
    /// FTS5's passage-by-passage answer is the answer.
    let scope: SearchScope?
    /// The whole query for FTS5, which answers when no shortcut does.
    let evaluation: FTS5Evaluation
    let strategy: Strategy
    /// Reads a phrase's dense frequencies (from a cache, say): ``DensePhrases/frequencies(_:of:)``.
    let denseFrequencies: DenseLoader

    /// How a plan reads dense frequencies.
    typealias DenseLoader = (Database, QueryPhrase) throws -> DenseFrequencies?
    /// How a plan reads a term's matches (``termMatches``): from FTS5, or
    /// from what another plan of the same search read (``TermMatchesMemo``).
    typealias MatchesLoader = (Database, QueryTerm) throws -> TermMatches

    /// When the query is one term without a phrase list, its every match
    /// with its frequency, read while planning: its document frequency is
    /// their count, and ranking and counting go through them instead of
    /// asking FTS5 again. FTS5 evaluates the term once, not two or three
    /// times — a numeral such as `2022年` asks for the prefix `年*`, whose
    /// doclists FTS5 merges at every evaluation (50 ms at 200 MB).
    var termMatches: TermMatches? { phrases.count == 1 ? phrases[0].matches : nil }

    /// The plan for the best `count` (nil: all) matches of `query` in the
    /// documents `filter` lets through, in `db`'s current transaction. With
    /// pinned documents it asks for as many more, since their passages may
    /// be among the best too.
    init(_ db: Database, query: Query, count: Int?, filter: SearchFilter = SearchFilter(),
         dense: @escaping DenseLoader = DensePhrases.frequencies,
         matches: @escaping MatchesLoader = { try TermMatches($0, term: $1) }) throws {
        self.query = query
        denseFrequencies = dense
        totals = try IndexTotals(db)
        let listsCurrent = try PhraseLists.isCurrent(db)
        self.listsCurrent = listsCurrent
        let allowed = try filter.sql.map { try PassageRanges(db, filter: $0) }
        self.allowed = allowed
        let pinned = try DocumentNumberPinning(query)?.documents(db, allowed: allowed) ?? []
        self.pinned = pinned
        let count = count.map { $0 + pinned.count }
        self.count = count
        let scope = try ScopedEvaluation.scope(of: query, db)
        self.scope = scope

        if scope == nil, let (groupTerms, excludedTerms) = query.conjunction {
            var phrases: [PlannedPhrase] = []
            var groups: [[Int]] = []
            // One term alone: without a list, its matches are read once here (see termMatches).
            let alone = groupTerms.count == 1 && groupTerms[0].count == 1 && excludedTerms.isEmpty
            for (group, alternatives) in groupTerms.enumerated() {
                groups.append([])
                for term in alternatives {
                    groups[group].append(phrases.count)
                    phrases.append(try .positive(db, term, group: group, totals: totals, listsCurrent: listsCurrent,
                                                 readMatches: alone ? matches : nil))
                }
            }
            let excluded = Array(phrases.count..<(phrases.count + excludedTerms.count))
            phrases += excludedTerms.map(PlannedPhrase.excluded)
            self.phrases = phrases
            // Dense frequencies exist for some listed phrases, and only while the lists are current;
            // an excluded phrase has no list read, so its are looked for directly.
            let dense: ((PlannedPhrase) throws -> DenseFrequencies?)? = listsCurrent
                ? { planned in planned.list == nil && planned.isPositive ? nil : try dense(db, planned.phrase) }
                : nil
            evaluation = try FTS5Evaluation(groups: groups, excluded: excluded, phrases: phrases, dense: dense)
            strategy = try Self.strategy(groups: groups, excluded: excluded, phrases: phrases, dense: dense,
                                         listable: listsCurrent && allowed == nil && (count ?? .max) <= PhraseLists.depth)
        } else {
            let totals = self.totals
            var phrases: [PlannedPhrase] = []
            for (term, positive) in Self.leaves(of: query.expression) {
                phrases.append(positive
                    ? try PlannedPhrase.positive(db, term, group: 0, totals: totals, listsCurrent: listsCurrent)
                    : PlannedPhrase.excluded(term))
            }
            self.phrases = phrases
            evaluation = FTS5Evaluation(query: query.expression, phrases: phrases)
            strategy = scope.map(Strategy.scoped) ?? .fts5
        }
    }

    /// The terms of `expression` in the order its FTS5 expression names
    /// them (``FTS5Evaluation/init(query:phrases:)``), each with whether it
    /// can make a passage match (false under an exclusion).
    static func leaves(of expression: QueryExpression, positive: Bool = true) -> [(QueryTerm, Bool)] {
        switch expression {
        case .term(let term): return [(term, positive)]
        case .near(let first, let second, _): return [(first, positive), (second, positive)]
        case .and(let required, let excluded):
            return required.flatMap { leaves(of: $0, positive: positive) } + excluded.flatMap { leaves(of: $0, positive: false) }
        case .or(let alternatives): return alternatives.flatMap { leaves(of: $0, positive: positive) }
        }
    }

    /// The shortcut that fits the query's shape, if the lists can serve it.
    private static func strategy(
        groups: [[Int]], excluded: [Int], phrases: [PlannedPhrase],
        dense: ((PlannedPhrase) throws -> DenseFrequencies?)?, listable: Bool
    ) throws -> Strategy {
        guard listable, groups.count == 1 else { return .fts5 }
        let group = groups[0]
        if group.count == 1 {
            guard phrases[group[0]].list != nil else { return .fts5 }
            return excluded.isEmpty ? .listedPhrase(group[0]) : .listedPhraseExcluding(group[0])
        }
        guard group.count == 2, excluded.isEmpty else { return .fts5 }
        let sides = try group.map { phrase -> Alternative in
            phrases[phrase].list != nil ? .listed(phrase)
                : .allMatches(try FTS5Evaluation(groups: [[phrase]], excluded: [], phrases: phrases, dense: nil))
        }
        let both = try FTS5Evaluation(groups: [[group[0]], [group[1]]], excluded: [], phrases: phrases, dense: dense)
        return .listedAlternatives(sides[0], sides[1], both: both)
    }
}
