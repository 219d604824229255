import GRDB
import GRDBSQLite

/// Counts a plan's matches, and the documents they are in, without scoring
/// any: totals must be exact, and scoring every match of a frequent term
/// only to count it would cost ten times more.
///
/// FTS5 steps through the rowids of the plan's expression in ascending
/// order, so a document's matches come together and each document is
/// looked up once (``DocumentSpans``). A phrase alone that has dense
/// frequencies (``DensePhrases``) is counted from memory instead: its
/// passage count is its list's, and a document holds it when any of its
/// passages has a frequency above 0, which is usually the first few. A
/// query whose matches FTS5 alone cannot tell — terms that must stand
/// together in a paragraph or document (``ScopedEvaluation``), a `NEAR`
/// checked on the text — is counted from the evaluator's every match: exact,
/// at the cost of scoring them.
struct MatchCounter {
    let db: Database
    let plan: QueryPlan
    let spans: DocumentSpans
    /// Reads the passage lengths, for the evaluator of a query FTS5 cannot count alone.
    var lengths: (Database) throws -> PassageLengths = { try PassageLengths($0) }

    /// Every match the plan's filter lets through, and their documents; and
    /// for each of `documents` (indices in ``DocumentSpans/documents``) how
    /// many of its passages match, counted in the same pass: a prefix query
    /// (a lone character) costs FTS5 the same for one document as for all.
    /// `everyMatch` gives every match's id when the search already has them.
    func total(
        matchesIn documents: Set<Int> = [], everyMatch: [Int64]? = nil
    ) throws -> (total: SearchTotal, matches: [Int: Int]) {
        var matches = Dictionary(uniqueKeysWithValues: documents.map { ($0, 0) })
        if documents.isEmpty, let listed = try listedTotal() { return (listed, matches) }
        if let dense = try denseFrequencies() {
            for document in documents {
                let span = spans.documents[document]
                matches[document] = (span.first...span.last).count { dense.frequency(of: $0) > 0 }
            }
            return (total(from: dense), matches)
        }
        var passages = 0
        var documentCount = 0
        var documentEnd: Int64 = .min
        var current: Int?
        let units = Self.isCountable(plan) ? nil
            : try (everyMatch ?? QueryEvaluator(db, plan: plan, lengths: lengths).passages().map(\.id)).sorted()
        let forEachMatch: ((Int64) -> Void) throws -> Void = units.map { units in { body in units.forEach(body) } }
            ?? self.forEachMatch
        try forEachMatch { id in
            passages += 1
            if id > documentEnd {
                documentCount += 1
                current = spans.index(containing: id)
                documentEnd = current.map { spans.documents[$0].last } ?? id
            }
            if let current, matches[current] != nil { matches[current]! += 1 }
        }
        return (SearchTotal(passages: passages, documents: documentCount), matches)
    }

    /// Calls `body` with each match's id, ascending.
    private func forEachMatch(_ body: (Int64) -> Void) throws {
        let evaluation = plan.evaluation
        // A dense group is not in the expression (FTS5Evaluation): a match must hold it too.
        let required = evaluation.terms.compactMap { term -> DenseFrequencies? in
            if case .dense(let frequencies) = term.source { frequencies } else { nil }
        }
        let statement = try db.makeStatement(sql: """
            SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rowid
            """)
        try statement.setArguments([evaluation.expression])
        let allowed = plan.allowed
        try RawRows.forEach(statement, in: db) { handle in
            let id = sqlite3_column_int64(handle, 0)
            guard required.allSatisfy({ $0.frequency(of: id) > 0 }), allowed?.contains(id) ?? true else { return }
            body(id)
        }
    }

    /// Whether FTS5's matches of the plan's expression are its matches: not
    /// when terms must stand together in a paragraph or document, nor with a
    /// `NEAR`, which the text decides.
    static func isCountable(_ plan: QueryPlan) -> Bool {
        plan.scope == nil && plan.evaluation.textCheck == nil
    }

    /// The totals a phrase list holds, when the query is that phrase alone without a filter:
    /// a lone character's prefix query costs FTS5 as much as ranking it (180 ms at 200 MB).
    private func listedTotal() throws -> SearchTotal? {
        guard plan.listsCurrent, plan.allowed == nil, plan.phrases.count == 1, plan.phrases[0].isPositive,
              let list = plan.phrases[0].list, let key = PhraseLists.key(of: plan.phrases[0].phrase),
              let documents = try PhraseLists.documentCount(db, key: key) else { return nil }
        return SearchTotal(passages: list.documentFrequency, documents: documents)
    }

    /// The dense frequencies of the query when it is one phrase that has them, without exclusions.
    private func denseFrequencies() throws -> DenseFrequencies? {
        guard plan.listsCurrent, plan.phrases.count == 1, plan.phrases[0].isPositive,
              plan.phrases[0].list != nil else { return nil }
        return try DensePhrases.frequencies(db, of: plan.phrases[0].phrase)
    }

    private func total(from dense: DenseFrequencies) -> SearchTotal {
        var passages = 0
        var documents = 0
        for document in spans.documents where plan.allowed?.contains(document.first) ?? true {
            var found = false
            for id in document.first...document.last where dense.frequency(of: id) > 0 {
                found = true
                // Without a filter the list knows the passages; the first hit settles the document.
                guard plan.allowed != nil else { break }
                passages += 1
            }
            if found { documents += 1 }
        }
        if plan.allowed == nil { passages = plan.phrases[0].documentFrequency ?? 0 }
        return SearchTotal(passages: passages, documents: documents)
    }
}
