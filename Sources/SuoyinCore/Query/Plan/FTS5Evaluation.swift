import GRDB

/// How FTS5 evaluates a query (or a part of one, for ``QueryPlan/Strategy``)
/// and how each match is scored: the `MATCH` expression, and for each term
/// that counts in the score, its weight and where its frequency comes from.
///
/// A query that is a conjunction (groups of alternatives, less exclusions)
/// gets two shortcuts, both invisible in the results:
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
/// Any other shape (nested groups, `NEAR`) goes to FTS5 as written
/// (``QueryExpression/matchExpression``). Scores add the terms in the
/// query's own order, as `bm25()` on the query would, so for terms of one
/// form they equal it bit for bit.
struct FTS5Evaluation {
    /// Where a term's frequency in a match comes from.
    enum Source {
        /// FTS5 reports it: the sum of the frequencies of these phrases of
        /// the expression (a term's forms, each `NEAR` pair it is in).
        case slots([Int])
        /// Looked up in memory; the phrase is not in the expression, and a
        /// match must contain it.
        case dense(DenseFrequencies)
    }

    /// A term scored in this evaluation.
    struct Term {
        /// The term's index in ``QueryPlan/phrases``.
        var phrase: Int
        /// Its BM25 weight (0 for an excluded term, which never occurs in a match).
        var idf: Double
        var source: Source
    }

    /// For a conjunction, its groups (term indices) in the order they go to
    /// FTS5: rarest first, dense groups left out; empty for other shapes.
    let driving: [[Int]]
    /// For a conjunction, the excluded terms' indices.
    let excluded: [Int]
    /// The terms that are scored, in the query's order.
    let terms: [Term]
    /// The FTS5 `MATCH` expression.
    let expression: String
    /// How many phrases the expression holds (FTS5 reports one frequency each).
    let expressionPhrases: Int
    /// When the query has a `NEAR`, the query itself: FTS5's matches are
    /// candidates, and only those whose text satisfies it (``TextMatch``) match.
    let textCheck: QueryExpression?

    /// The evaluation of a conjunction: `groups` (term indices into
    /// `phrases`) minus `excluded`; `dense` reads a phrase's frequencies
    /// when it is dense (nil: no dense phrases, e.g. when the lists are stale).
    init(
        groups: [[Int]], excluded: [Int], phrases: [PlannedPhrase],
        dense: ((PlannedPhrase) throws -> DenseFrequencies?)?
    ) throws {
        let hits = groups.map { group in group.reduce(0) { $0 + (phrases[$1].documentFrequency ?? 0) } }
        let order = groups.indices.sorted { (hits[$0], $0) < (hits[$1], $1) }
        var denseGroups: [Int: DenseFrequencies] = [:]
        if groups.count > 1, let dense {
            for (index, group) in groups.enumerated() where group.count == 1 && phrases[group[0]].term.forms.count == 1 {
                denseGroups[index] = try dense(phrases[group[0]])
            }
            if denseGroups.count == groups.count { denseGroups[order[0]] = nil }
        }
        let drivingOrder = order.filter { denseGroups[$0] == nil }
        var builder = FTS5Expression(terms: phrases.map(\.term))
        let required = drivingOrder.map { index in
            builder.group(groups[index].map { builder.term($0) })
        }
        let all = required.count == 1 ? required[0] : required.joined(separator: " AND ")
        if excluded.isEmpty {
            expression = all
        } else {
            let none = excluded.map { builder.term($0) }
            expression = "(\(all)) NOT (" + none.joined(separator: " OR ") + ")"
        }
        var terms: [Term] = []
        for (index, group) in groups.enumerated() {
            for phrase in group {
                let source = denseGroups[index].map(Source.dense) ?? .slots(builder.slots[phrase, default: []])
                terms.append(Term(phrase: phrase, idf: phrases[phrase].idf, source: source))
            }
        }
        terms += excluded.map { Term(phrase: $0, idf: 0, source: .slots(builder.slots[$0, default: []])) }
        self.driving = drivingOrder.map { groups[$0] }
        self.excluded = excluded
        self.terms = terms
        expressionPhrases = builder.phraseCount
        textCheck = nil
    }

    /// The evaluation of any query as written: `phrases` are its terms in
    /// the order ``QueryPlan/leaves(of:)`` walks them.
    init(query expression: QueryExpression, phrases: [PlannedPhrase]) {
        var builder = FTS5Expression(terms: phrases.map(\.term))
        var next = 0
        self.expression = builder.expression(expression, next: &next)
        driving = []
        excluded = []
        terms = phrases.indices.map { Term(phrase: $0, idf: phrases[$0].idf, source: .slots(builder.slots[$0, default: []])) }
        expressionPhrases = builder.phraseCount
        textCheck = expression.hasNear ? expression : nil
    }
}
