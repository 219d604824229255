import GRDB

/// One phrase of a ``QueryPlan``: where it sits in the query and what the
/// index knows of it, read once per search.
struct PlannedPhrase {
    /// The phrase as parsed.
    var phrase: QueryPhrase
    /// The query's group it belongs to (0-based), nil when it is excluded.
    var group: Int?
    /// How many passages contain it: its list's count, else FTS5's. Nil for
    /// an excluded phrase, which never occurs in a match and weighs nothing.
    var documentFrequency: Int?
    /// Its BM25 weight (``BM25/idf(rows:hits:)``); 0 when excluded.
    var idf: Double
    /// Its phrase list, when the lists are current and have one
    /// (``PhraseLists``): it gave the document frequency without counting,
    /// and it can rank the phrase alone (``PhraseListRanking``).
    var list: PhraseListEntry?

    /// Whether the phrase counts towards the score.
    var isPositive: Bool { group != nil }

    /// Reads what `db` knows of a positive phrase: its list when the lists
    /// are current, else FTS5's count of its matches.
    static func positive(
        _ db: Database, _ phrase: QueryPhrase, group: Int, totals: IndexTotals, listsCurrent: Bool
    ) throws -> PlannedPhrase {
        var list: PhraseListEntry?
        if listsCurrent, let key = PhraseLists.key(of: phrase) { list = try PhraseLists.entry(db, key: key) }
        let hits = try list?.documentFrequency ?? Int.fetchOne(db, sql: """
            SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?
            """, arguments: [phrase.matchExpression]) ?? 0
        return PlannedPhrase(phrase: phrase, group: group, documentFrequency: hits,
                             idf: BM25.idf(rows: totals.rows, hits: hits), list: list)
    }

    /// An excluded phrase: it only has to be absent.
    static func excluded(_ phrase: QueryPhrase) -> PlannedPhrase {
        PlannedPhrase(phrase: phrase, group: nil, documentFrequency: nil, idf: 0, list: nil)
    }
}
