import GRDB

/// One term of a ``QueryPlan``: where it sits in the query and what the
/// index knows of it, read once per search.
///
/// A term with several forms (numerals, the spacings of a quoted phrase,
/// see ``QueryTerm``) is planned and scored as one: its document frequency
/// is that of any of its forms, and its frequency in a passage the sum of
/// its forms'.
struct PlannedPhrase {
    /// The term as parsed.
    var term: QueryTerm
    /// The query's group it belongs to (0-based) when the query is a
    /// conjunction; for other shapes, 0 for every positive term. Nil when excluded.
    var group: Int?
    /// How many passages contain it: its list's count, else FTS5's. Nil for
    /// an excluded phrase, which never occurs in a match and weighs nothing.
    var documentFrequency: Int?
    /// Its BM25 weight (``BM25/idf(rows:hits:)``); 0 when excluded.
    var idf: Double
    /// Its phrase list, when the lists are current and have one
    /// (``PhraseLists``) and the term has one form: it gave the document
    /// frequency without counting, and it can rank the phrase alone
    /// (``PhraseListRanking``).
    var list: PhraseListEntry?
    /// Every passage with the term and its frequency, when they were read
    /// instead of counted (``QueryPlan/termMatches``).
    var matches: TermMatches? = nil

    /// The term's first form, the phrase as typed, which the lists and dense phrases know.
    var phrase: QueryPhrase { term.forms[0] }

    /// Whether the phrase counts towards the score.
    var isPositive: Bool { group != nil }

    /// Reads what `db` knows of a positive term: its list when the lists
    /// are current, else FTS5's count of its matches — or, with
    /// `readMatches`, the matches themselves, counted.
    static func positive(
        _ db: Database, _ term: QueryTerm, group: Int, totals: IndexTotals, listsCurrent: Bool,
        readMatches: QueryPlan.MatchesLoader? = nil
    ) throws -> PlannedPhrase {
        var list: PhraseListEntry?
        if listsCurrent, term.forms.count == 1, let key = PhraseLists.key(of: term.forms[0]) {
            list = try PhraseLists.entry(db, key: key)
        }
        let matches = list == nil ? try readMatches?(db, term) : nil
        let hits = try list?.documentFrequency ?? matches?.ids.count ?? Int.fetchOne(db, sql: """
            SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?
            """, arguments: [term.matchExpression]) ?? 0
        return PlannedPhrase(term: term, group: group, documentFrequency: hits,
                             idf: BM25.idf(rows: totals.rows, hits: hits), list: list, matches: matches)
    }

    /// An excluded term: it only has to be absent.
    static func excluded(_ term: QueryTerm) -> PlannedPhrase {
        PlannedPhrase(term: term, group: nil, documentFrequency: nil, idf: 0, list: nil)
    }
}
