import Foundation
import GRDB
import GRDBSQLite

/// Finds the best-scoring passages of a query, scored exactly as FTS5's
/// `bm25()` scores them, without asking FTS5 to rank.
///
/// Two ways, the same answer:
/// - A query of one frequent phrase, possibly minus exclusions, or of two
///   alternatives, is ranked from their ``PhraseLists`` entries when they
///   can vouch for the result (``PhraseListRanking``): a few dozen passages
///   instead of every match.
/// - Any other query is evaluated by FTS5 (`MATCH`), which reports each
///   match's phrase frequencies (``PhraseFrequencyFunction``); the lengths
///   come from ``PassageLengths`` and each phrase's weight from the lists or
///   one count, so a match costs about 0.1 µs instead of `bm25()`'s 1 µs.
struct Ranker {
    let db: Database
    let query: Query
    let totals: IndexTotals
    private let lengths: (Database) throws -> PassageLengths

    /// A ranker for `query` in `db`'s current transaction; `lengths` reads
    /// the passage lengths (from a cache, say) when a query needs them.
    init(_ db: Database, query: Query, lengths: @escaping (Database) throws -> PassageLengths = { try PassageLengths($0) }) throws {
        self.db = db
        self.query = query
        self.lengths = lengths
        totals = try IndexTotals(db)
    }

    /// Every passage that can be among the best `count` (ties with the last
    /// included), with its BM25; `allows`, when given, filters by passage id.
    func top(_ count: Int, allows: ((Int64) -> Bool)? = nil) throws -> [RankedPassage] {
        if allows == nil, count <= PhraseLists.depth, try PhraseLists.isCurrent(db),
           let ranked = try PhraseListRanking(ranker: self).top(count) {
            return ranked
        }
        var collector = TopCollector(count: count)
        if let allows {
            try evaluate { id, bm25 in if allows(id) { collector.offer(id, bm25: bm25) } }
        } else {
            try evaluate { id, bm25 in collector.offer(id, bm25: bm25) }
        }
        return collector.passages
    }

    /// Every match with its BM25, in no particular order; `allows` filters by passage id.
    func all(allows: (Int64) -> Bool = { _ in true }) throws -> [RankedPassage] {
        var ranked: [RankedPassage] = []
        try evaluate { id, bm25 in if allows(id) { ranked.append(RankedPassage(id: id, bm25: bm25)) } }
        return ranked
    }

    /// Runs the whole query through FTS5 and calls `body` with each match's id and BM25.
    ///
    /// The groups go to FTS5 fewest matches first (FTS5 then steps through
    /// the sparsest doclist and seeks in the others: 10 % faster for a
    /// frequent phrase and a rarer word), and a group that is one dense
    /// phrase (``DensePhrases``) does not go at all: its frequencies come
    /// from memory, and FTS5 only finds the other groups' passages. Scores
    /// still add the phrases in the query's own order, as `bm25()` on the
    /// query would.
    private func evaluate(_ body: (Int64, Double) -> Void) throws {
        try evaluate(query, body)
    }

    /// Runs `query` (this ranker's, or a part of it) through FTS5 as ``evaluate(_:)`` does.
    func evaluate(_ query: Query, _ body: (Int64, Double) -> Void) throws {
        let groups = query.groups
        let phrases = query.positivePhrases + query.excluded
        let hits = try query.positivePhrases.map(documentFrequency)
        var starts: [Int] = []
        var groupHits: [Int] = []
        for group in groups {
            let first = starts.last.map { $0 + groups[starts.count - 1].count } ?? 0
            starts.append(first)
            groupHits.append(hits[first..<(first + group.count)].reduce(0, +))
        }
        let order = groups.indices.sorted { (groupHits[$0], $0) < (groupHits[$1], $1) }
        var dense = Array(repeating: DenseFrequencies?.none, count: phrases.count)
        if groups.count > 1, try PhraseLists.isCurrent(db) {
            for (index, group) in groups.enumerated() where group.count == 1 {
                dense[starts[index]] = DensePhrases.frequencies(db, of: group[0])
            }
            // FTS5 needs a group to run on: the sparsest, when every group is dense.
            if groups.indices.allSatisfy({ dense[starts[$0]] != nil }) { dense[starts[order[0]]] = nil }
        }
        let driving = order.filter { groups[$0].count > 1 || dense[starts[$0]] == nil }
        // slots[i]: FTS5's number for phrases[i] in the expression (dense phrases have none).
        var slots = Array(repeating: -1, count: phrases.count)
        var next = 0
        for group in driving {
            for offset in groups[group].indices {
                slots[starts[group] + offset] = next
                next += 1
            }
        }
        for index in query.positivePhrases.count..<phrases.count {
            slots[index] = next
            next += 1
        }
        let expression = Query(groups: driving.map { groups[$0] }, excluded: query.excluded).matchExpression
        try evaluate(expression, phrases: phrases, positives: hits.count, hits: hits, slots: slots, dense: dense, body)
    }

    /// Runs `expression` through FTS5 and calls `body` with each match's id
    /// and BM25 over `phrases`, the first `positives` of which count (the rest
    /// are exclusions: they never occur in a match). FTS5 numbers phrase `i`
    /// `slots[i]` (by default, `i`); a phrase with `dense` frequencies is not
    /// in the expression, and a match must contain it. `hits` are the
    /// positive phrases' document frequencies, when known.
    func evaluate(
        _ expression: String, phrases: [QueryPhrase], positives: Int, hits: [Int]? = nil, slots: [Int]? = nil,
        dense: [DenseFrequencies?]? = nil, _ body: (Int64, Double) -> Void
    ) throws {
        let idfs = try phrases.indices.map { index in
            index < positives
                ? BM25.idf(rows: totals.rows, hits: try hits?[index] ?? documentFrequency(of: phrases[index])) : 0
        }
        let slots = slots ?? Array(phrases.indices)
        let dense = dense ?? Array(repeating: nil, count: phrases.count)
        let required = dense.compactMap { $0 }
        let bm25 = BM25(idfs: idfs, averageLength: totals.averageLength)
        let lengths = try self.lengths(db)
        let statement = try db.makeStatement(sql: """
            SELECT rowid, \(PhraseFrequencyFunction.name)(passages_fts) FROM passages_fts WHERE passages_fts MATCH ?
            """)
        try statement.setArguments([expression])
        let expressionPhrases = slots.filter { $0 >= 0 }.count
        let packed = expressionPhrases <= PhraseFrequencyFunction.packedPhrases
        try RawRows.forEach(statement, in: db) { handle in
            let id = sqlite3_column_int64(handle, 0)
            guard required.allSatisfy({ $0.frequency(of: id) > 0 }) else { return }
            let length = lengths.length(of: id)
            if packed {
                let frequencies = sqlite3_column_int64(handle, 1)
                body(id, bm25.score(length: length) { index in
                    dense[index]?.frequency(of: id) ?? Int((frequencies >> (16 * Int64(slots[index]))) & 0xFFFF)
                })
            } else {
                let counts = PhraseFrequencyFunction.counts(
                    in: DatabaseValue(sqliteStatement: handle, index: 1), phraseCount: expressionPhrases)
                body(id, bm25.score(length: length) { index in dense[index]?.frequency(of: id) ?? counts[slots[index]] })
            }
        }
    }

    /// How many passages contain `phrase`: from its list, else counted by FTS5.
    func documentFrequency(of phrase: QueryPhrase) throws -> Int {
        if let key = PhraseLists.key(of: phrase), try PhraseLists.isCurrent(db),
           let entry = try PhraseLists.entry(db, key: key) {
            return entry.documentFrequency
        }
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?",
                                arguments: [phrase.matchExpression]) ?? 0
    }
}
