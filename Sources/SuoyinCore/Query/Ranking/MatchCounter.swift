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
/// passages has a frequency above 0, which is usually the first few.
struct MatchCounter {
    let db: Database
    let plan: QueryPlan
    let spans: DocumentSpans

    /// Every match the plan's filter lets through, and their documents.
    func total() throws -> SearchTotal {
        if let dense = try denseFrequencies() { return total(from: dense) }
        var passages = 0
        var documents = 0
        var documentEnd: Int64 = .min
        try forEachMatch(in: nil) { id in
            passages += 1
            if id > documentEnd {
                documents += 1
                documentEnd = spans.index(containing: id).map { spans.documents[$0].last } ?? id
            }
        }
        return SearchTotal(passages: passages, documents: documents)
    }

    /// How many matches the passages `ids` (one document's, say) hold.
    func matches(in ids: ClosedRange<Int64>) throws -> Int {
        var count = 0
        try forEachMatch(in: ids) { _ in count += 1 }
        return count
    }

    /// Calls `body` with each match's id, ascending; `ids` limits them.
    private func forEachMatch(in ids: ClosedRange<Int64>?, _ body: (Int64) -> Void) throws {
        let evaluation = plan.evaluation
        // A dense group is not in the expression (FTS5Evaluation): a match must hold it too.
        let required = evaluation.terms.compactMap { term -> DenseFrequencies? in
            if case .dense(let frequencies) = term.source { frequencies } else { nil }
        }
        let range = ids == nil ? "" : "AND rowid BETWEEN ? AND ?"
        let statement = try db.makeStatement(sql: """
            SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? \(range) ORDER BY rowid
            """)
        var arguments: StatementArguments = [evaluation.expression]
        if let ids { arguments += [ids.lowerBound, ids.upperBound] }
        try statement.setArguments(arguments)
        let allowed = plan.allowed
        try RawRows.forEach(statement, in: db) { handle in
            let id = sqlite3_column_int64(handle, 0)
            guard required.allSatisfy({ $0.frequency(of: id) > 0 }), allowed?.contains(id) ?? true else { return }
            body(id)
        }
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
