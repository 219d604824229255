import GRDB

/// How FTS5 evaluates a query (or a part of one, for ``QueryPlan/Strategy``)
/// and how each match is scored: the `MATCH` expression, and for each phrase
/// that counts in the score, its weight and where its frequency comes from.
///
/// Two shortcuts shape it, both invisible in the results:
/// - Rarest group first: the groups go into the expression fewest matches
///   first. FTS5 then steps through the sparsest doclist and seeks in the
///   others: 10 % faster for a frequent phrase and a rarer word.
/// - Dense phrases: in an `AND` (more than one group), a group that is one
///   dense phrase (``DensePhrases``) is left out of the expression and its
///   frequencies are read from memory, so FTS5 only finds the other groups'
///   passages and never steps through the dense phrase's long doclist. When
///   every group is dense, the sparsest still goes to FTS5, which needs
///   something to run.
///
/// Scores still add the phrases in the query's own order, as `bm25()` on the
/// query would, so they equal it bit for bit.
struct FTS5Evaluation {
    /// Where a phrase's frequency in a match comes from.
    enum Source {
        /// FTS5 reports it: the phrase's number in the expression.
        case slot(Int)
        /// Looked up in memory; the phrase is not in the expression, and a
        /// match must contain it.
        case dense(DenseFrequencies)
    }

    /// A phrase scored in this evaluation.
    struct Term {
        /// The phrase's index in ``QueryPlan/phrases``.
        var phrase: Int
        /// Its BM25 weight (0 for an excluded phrase, which never occurs in a match).
        var idf: Double
        var source: Source
    }

    /// The query's groups (phrase indices), in the order they go to FTS5:
    /// rarest first, dense groups left out.
    let driving: [[Int]]
    /// The excluded phrases' indices.
    let excluded: [Int]
    /// The phrases that are scored, in the query's order: the positive
    /// phrases group by group, then the exclusions.
    let terms: [Term]
    /// The phrases of ``driving`` and ``excluded``, for the expression.
    private let drivingPhrases: [[QueryPhrase]]
    private let excludedPhrases: [QueryPhrase]

    /// The FTS5 `MATCH` expression. Made when the evaluation runs, not when
    /// it is planned: a list shortcut usually answers without it, and
    /// quoting the phrases costs as much as the rest of such a search's plan.
    var expression: String { Query(groups: drivingPhrases, excluded: excludedPhrases).matchExpression }

    /// The evaluation of `groups` (phrase indices into `phrases`) minus
    /// `excluded`; `dense` reads a phrase's frequencies when it is dense
    /// (nil: no dense phrases, e.g. when the lists are stale).
    init(
        groups: [[Int]], excluded: [Int], phrases: [PlannedPhrase],
        dense: ((PlannedPhrase) throws -> DenseFrequencies?)?
    ) throws {
        let hits = groups.map { group in group.reduce(0) { $0 + (phrases[$1].documentFrequency ?? 0) } }
        let order = groups.indices.sorted { (hits[$0], $0) < (hits[$1], $1) }
        var denseGroups: [Int: DenseFrequencies] = [:]
        if groups.count > 1, let dense {
            for (index, group) in groups.enumerated() where group.count == 1 {
                denseGroups[index] = try dense(phrases[group[0]])
            }
            if denseGroups.count == groups.count { denseGroups[order[0]] = nil }
        }
        let drivingOrder = order.filter { denseGroups[$0] == nil }
        var slots: [Int: Int] = [:]
        for phrase in drivingOrder.flatMap({ groups[$0] }) + excluded { slots[phrase] = slots.count }
        var terms: [Term] = []
        for (index, group) in groups.enumerated() {
            for phrase in group {
                let source = denseGroups[index].map(Source.dense) ?? .slot(slots[phrase]!)
                terms.append(Term(phrase: phrase, idf: phrases[phrase].idf, source: source))
            }
        }
        terms += excluded.map { Term(phrase: $0, idf: 0, source: .slot(slots[$0]!)) }
        self.driving = drivingOrder.map { groups[$0] }
        self.excluded = excluded
        self.terms = terms
        drivingPhrases = driving.map { $0.map { phrases[$0].phrase } }
        excludedPhrases = excluded.map { phrases[$0].phrase }
    }

    /// How many phrases the expression holds (FTS5 reports one frequency each).
    var expressionPhrases: Int { driving.reduce(excluded.count) { $0 + $1.count } }
}
