import GRDB
import GRDBSQLite

/// Every passage holding one query term, ascending, with the term's
/// frequency in each (its forms' summed, as ``MatchScorer`` sums them):
/// what ``ScopedEvaluation`` combines, and what ``QueryPlan`` reads once
/// for a query that is one term without a phrase list (``QueryPlan/termMatches``).
struct TermMatches {
    /// Passage ids, ascending.
    var ids: [Int64] = []
    /// The term's frequency in each passage of ``ids``.
    var frequencies: [Int32] = []

    init() {}

    /// The passages with every form of `term`, from FTS5, that `allowed`
    /// lets through (all without it); only within `within` when given (a
    /// query per range).
    init(_ db: Database, term: QueryTerm, within: [ClosedRange<Int64>]? = nil, allowed: PassageRanges? = nil) throws {
        let statement = try db.makeStatement(sql: """
            SELECT rowid, \(PhraseFrequencyFunction.name)(passages_fts) FROM passages_fts WHERE passages_fts MATCH ?
            \(within == nil ? "" : "AND rowid BETWEEN ? AND ?")
            """)
        let forms = term.forms.count
        let packed = forms <= PhraseFrequencyFunction.packedPhrases
        var sorted = true
        for range in within ?? [Int64.min...Int64.max] {
            if within == nil {
                try statement.setArguments([term.matchExpression])
            } else {
                try statement.setArguments([term.matchExpression, range.lowerBound, range.upperBound])
            }
            try RawRows.forEach(statement, in: db) { handle in
                let id = sqlite3_column_int64(handle, 0)
                if let allowed, !allowed.contains(id) { return }
                var frequency = 0
                if packed {
                    let packedCounts = sqlite3_column_int64(handle, 1)
                    for form in 0..<forms { frequency += Int((packedCounts >> (16 * Int64(form))) & 0xFFFF) }
                } else {
                    frequency = PhraseFrequencyFunction.counts(
                        in: DatabaseValue(sqliteStatement: handle, index: 1), phraseCount: forms).reduce(0, +)
                }
                if let last = ids.last, last >= id { sorted = false }
                ids.append(id)
                frequencies.append(Int32(clamping: frequency))
            }
        }
        if !sorted {
            let order = ids.indices.sorted { ids[$0] < ids[$1] }
            (ids, frequencies) = (order.map { ids[$0] }, order.map { frequencies[$0] })
        }
    }

    /// A dense term's passages from memory, within `within` when given, that `allowed` lets through.
    init(_ dense: DenseFrequencies, within: [ClosedRange<Int64>]?, allowed: PassageRanges?) {
        for range in within ?? [0...Int64.max] {
            dense.forEachOccurrence(in: range) { id, frequency in
                if let allowed, !allowed.contains(id) { return }
                ids.append(id)
                frequencies.append(Int32(clamping: frequency))
            }
        }
    }
}

/// The terms' matches one search has read, so that its plans — the page's
/// and the totals' — read each term from FTS5 once (``QueryPlan/termMatches``).
/// Lives for one read transaction.
final class TermMatchesMemo {
    private var read: [String: TermMatches] = [:]

    /// `term`'s matches, read from FTS5 the first time.
    func matches(_ db: Database, of term: QueryTerm) throws -> TermMatches {
        let key = term.matchExpression
        if let found = read[key] { return found }
        let fresh = try TermMatches(db, term: term)
        read[key] = fresh
        return fresh
    }
}
