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
    /// frequent phrase and a rarer word); scores still add the phrases in
    /// the query's own order, as `bm25()` on the query would.
    private func evaluate(_ body: (Int64, Double) -> Void) throws {
        let phrases = query.positivePhrases + query.excluded
        let hits = try query.positivePhrases.map(documentFrequency)
        var groupHits: [Int] = []
        var first = 0
        for group in query.groups {
            groupHits.append(hits[first..<(first + group.count)].reduce(0, +))
            first += group.count
        }
        let order = query.groups.indices.sorted { (groupHits[$0], $0) < (groupHits[$1], $1) }
        var starts: [Int] = []
        first = 0
        for group in query.groups {
            starts.append(first)
            first += group.count
        }
        // slots[i]: FTS5's number for phrases[i] in the reordered expression.
        var slots = Array(repeating: 0, count: phrases.count)
        var next = 0
        for group in order {
            for offset in query.groups[group].indices {
                slots[starts[group] + offset] = next
                next += 1
            }
        }
        for index in query.positivePhrases.count..<phrases.count { slots[index] = index }
        let expression = Query(groups: order.map { query.groups[$0] }, excluded: query.excluded).matchExpression
        try evaluate(expression, phrases: phrases, positives: hits.count, hits: hits, slots: slots, body)
    }

    /// Runs `expression` through FTS5 and calls `body` with each match's id
    /// and BM25 over `phrases`, the first `positives` of which count (the rest
    /// are exclusions: they never occur in a match). FTS5 numbers phrase `i`
    /// `slots[i]` (by default, `i`); `hits` are the positive phrases'
    /// document frequencies, when known.
    func evaluate(
        _ expression: String, phrases: [QueryPhrase], positives: Int, hits: [Int]? = nil, slots: [Int]? = nil,
        _ body: (Int64, Double) -> Void
    ) throws {
        let idfs = try phrases.indices.map { index in
            index < positives
                ? BM25.idf(rows: totals.rows, hits: try hits?[index] ?? documentFrequency(of: phrases[index])) : 0
        }
        let slots = slots ?? Array(phrases.indices)
        let bm25 = BM25(idfs: idfs, averageLength: totals.averageLength)
        let lengths = try self.lengths(db)
        let statement = try db.makeStatement(sql: """
            SELECT rowid, \(PhraseFrequencyFunction.name)(passages_fts) FROM passages_fts WHERE passages_fts MATCH ?
            """)
        try statement.setArguments([expression])
        let packed = phrases.count <= PhraseFrequencyFunction.packedPhrases
        try RawRows.forEach(statement, in: db) { handle in
            let id = sqlite3_column_int64(handle, 0)
            let length = lengths.length(of: id)
            if packed {
                let frequencies = sqlite3_column_int64(handle, 1)
                body(id, bm25.score(length: length) { Int((frequencies >> (16 * Int64(slots[$0]))) & 0xFFFF) })
            } else {
                let counts = PhraseFrequencyFunction.counts(
                    in: DatabaseValue(sqliteStatement: handle, index: 1), phraseCount: phrases.count)
                body(id, bm25.score(length: length) { counts[slots[$0]] })
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
