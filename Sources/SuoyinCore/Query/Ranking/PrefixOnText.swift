import GRDB
import GRDBSQLite
import TextAnalysis

/// A query phrase that ends in the prefix of a frequent lone character —
/// a numeral typed with digits, `2022年` → `"2022" 年*` — matched without
/// FTS5's prefix query: FTS5 finds the passages holding the phrase's stem
/// (the phrase without its last term, `"2022"`), and each one's text says,
/// with ``PhraseScanner``, how many times the whole phrase occurs there.
///
/// Why: FTS5 answers `条*` by merging the doclist of every term that starts
/// with 条 (every bigram 条X, and the final terms), which no other term of
/// the phrase can shorten: `第10条` took 8.5 ms in a server at 200 MB, 3.3 ms
/// on the text of the 246 passages with `第10`. Reading and tokenizing a
/// passage's text costs about twenty times what merging one passage's
/// postings does (3.4 µs against 0.18 µs a passage of the character,
/// measured at 200 MB: `2022年` on the text of the 16,147 passages with
/// `2022`, 55 ms; `年*`, 294,444 passages, 52 ms), so the text is read only
/// when the stem's passages are fewer than a twentieth of the character's
/// (``worthwhile(stemPassages:characterPassages:)``), and `2022年` stays
/// with the merge. The character's count comes from its phrase list, which
/// only frequent characters have. Either way the matches and frequencies
/// are FTS5's.
///
/// A phrase whose character follows a word (`2022年`, `第10条`) no longer
/// comes here: FTS5 answers it from the index's joined term without a prefix
/// (``QueryPhrase/matchExpression``). What is left is a character after a
/// gap or another run (`2022 年`, `法，年`).
struct PrefixOnText {
    /// The whole phrase.
    let phrase: QueryPhrase
    /// The phrase without its last term.
    let stem: QueryPhrase
    /// How many passages hold the last character (its phrase list's count).
    let characterPassages: Int

    /// The text check for `phrase`, when its last term is a lone
    /// character's prefix not asked as a joined term, its source cut before
    /// that character analyzes
    /// to exactly the other terms, and the character has a phrase list
    /// (the lists being current); nil otherwise.
    init?(_ db: Database, phrase: QueryPhrase) throws {
        guard phrase.lastTermIsPrefix, phrase.terms.count >= 2, !phrase.asksJoinedTerm,
              let last = Analyzer.terms(in: phrase.source, mode: .query).last else { return nil }
        let utf8 = Array(phrase.source.utf8)
        guard let stem = QueryPhrase(String(decoding: utf8[..<last.byteRange.lowerBound], as: UTF8.self)),
              !stem.lastTermIsPrefix, stem.terms == Array(phrase.terms.dropLast()),
              let character = QueryPhrase(String(decoding: utf8[last.byteRange], as: UTF8.self)),
              character.terms == [phrase.terms[phrase.terms.count - 1]], character.lastTermIsPrefix,
              let key = PhraseLists.key(of: character), try PhraseLists.isCurrent(db),
              let passages = try Int.fetchOne(db, sql: "SELECT df FROM phrase_lists WHERE phrase = ?", arguments: [key])
        else { return nil }
        self.phrase = phrase
        self.stem = stem
        characterPassages = passages
    }

    /// Whether reading the texts of `stemPassages` passages costs less than
    /// FTS5's merge of the postings of the `characterPassages` holding the
    /// character (see the type's comment for the measured factor).
    static func worthwhile(stemPassages: Int, characterPassages: Int) -> Bool {
        let (cost, overflows) = stemPassages.multipliedReportingOverflow(by: 20)
        return !overflows && cost < characterPassages
    }

    /// The passages holding the phrase, ascending, with its frequency in
    /// each, within `within` when given, that `allowed` lets through; nil
    /// when the stem's passages are too many for the text to be worth reading.
    func matches(
        _ db: Database, within: [ClosedRange<Int64>]?, allowed: PassageRanges?
    ) throws -> (ids: [Int64], frequencies: [Int32])? {
        var candidates: [Int64] = []
        // Past this many the merge is cheaper: stop reading them (before the
        // filter, so that a query cut short never passes for complete).
        let enough = characterPassages / 20 + 1
        var seen = 0
        let statement = try db.makeStatement(sql: """
            SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?
            \(within == nil ? "" : "AND rowid BETWEEN ? AND ?") LIMIT ?
            """)
        for range in within ?? [Int64.min...Int64.max] where seen < enough {
            try statement.setArguments(within == nil ? [stem.matchExpression, enough]
                                       : [stem.matchExpression, range.lowerBound, range.upperBound, enough])
            try RawRows.forEach(statement, in: db) { handle in
                seen += 1
                let id = sqlite3_column_int64(handle, 0)
                if allowed?.contains(id) ?? true { candidates.append(id) }
            }
        }
        guard seen < enough, Self.worthwhile(stemPassages: candidates.count, characterPassages: characterPassages),
              let scanner = PhraseScanner([phrase.analyzed]) else { return nil }
        candidates.sort()
        var ids: [Int64] = []
        var frequencies: [Int32] = []
        var terms = PhraseScanner.Terms()
        let text = try db.cachedStatement(sql: "SELECT text FROM passages WHERE id = ?")
        for id in candidates {
            try text.setArguments([id])
            try RawRows.forEach(text, in: db) { handle in
                scanner.terms(of: RawRows.text(handle, column: 0), into: &terms)
                let count = scanner.count(of: 0, in: terms)
                if count > 0 {
                    ids.append(id)
                    frequencies.append(Int32(clamping: count))
                }
            }
        }
        return (ids, frequencies)
    }
}
