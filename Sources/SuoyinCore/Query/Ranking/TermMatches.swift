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

    /// The passages with `term`, from FTS5, that `allowed` lets through (all
    /// without it); only within `within` when given (a query per range). A
    /// form ending in a frequent character's prefix is matched on the text
    /// of its stem's passages instead, when they are few (``PrefixOnText``).
    init(_ db: Database, term: QueryTerm, within: [ClosedRange<Int64>]? = nil, allowed: PassageRanges? = nil) throws {
        var others = term
        others.forms = []
        var onText: [(ids: [Int64], frequencies: [Int32])] = []
        for form in term.forms {
            if let check = try PrefixOnText(db, phrase: form),
               let found = try check.matches(db, within: within, allowed: allowed) {
                onText.append(found)
            } else {
                others.forms.append(form)
            }
        }
        if others.forms.isEmpty {
            self.init()
        } else {
            try self.init(fts5: db, term: others, within: within, allowed: allowed)
        }
        for found in onText { add(found) }
    }

    /// The passages with every form of `term`, from FTS5.
    private init(fts5 db: Database, term: QueryTerm, within: [ClosedRange<Int64>]?, allowed: PassageRanges?) throws {
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

    /// Adds another form's passages (ascending) to these: the union, a
    /// passage's frequencies summed, as FTS5 sums a term's forms.
    private mutating func add(_ found: (ids: [Int64], frequencies: [Int32])) {
        var (mergedIds, mergedFrequencies): ([Int64], [Int32]) = ([], [])
        mergedIds.reserveCapacity(ids.count + found.ids.count)
        mergedFrequencies.reserveCapacity(ids.count + found.ids.count)
        var (mine, theirs) = (0, 0)
        while mine < ids.count || theirs < found.ids.count {
            let takeMine = theirs == found.ids.count || (mine < ids.count && ids[mine] <= found.ids[theirs])
            let takeTheirs = mine == ids.count || (theirs < found.ids.count && found.ids[theirs] <= ids[mine])
            mergedIds.append(takeMine ? ids[mine] : found.ids[theirs])
            let sum = (takeMine ? Int(frequencies[mine]) : 0) + (takeTheirs ? Int(found.frequencies[theirs]) : 0)
            mergedFrequencies.append(Int32(clamping: sum))
            if takeMine { mine += 1 }
            if takeTheirs { theirs += 1 }
        }
        (ids, frequencies) = (mergedIds, mergedFrequencies)
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
