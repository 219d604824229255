import Foundation
import GRDB
import GRDBSQLite

/// ``DenseFrequencies`` for the phrases of two characters or more that
/// occur in at least an eighth of the passages.
///
/// An `AND` of such a phrase with a rarer one is FTS5's slowest case: it
/// steps through the dense phrase's whole doclist to find the few passages
/// that also hold the rare one (3 ms for `行政府 评价` on 200 MB, most of
/// the query). With the dense phrase's frequencies in memory, FTS5 finds
/// the rare phrase's passages alone and each is looked up here. One
/// character is left out: an eighth of the passages would be most
/// characters, and their arrays would weigh as much as the rest of the index.
///
/// Built with the phrase lists, from FTS5's own matches, and current exactly
/// when they are (``PhraseLists/isCurrent(_:)``).
enum DensePhrases {
    /// A phrase is dense when in at least one passage in this many.
    static let share = 8

    /// Rebuilds the frequencies of the dense phrases among the stored lists.
    static func rebuild(_ db: Database, rows: Int) throws {
        try db.execute(sql: "DELETE FROM dense_frequencies")
        guard rows > 0 else { return }
        let passages = Int(try Int64.fetchOne(db, sql: "SELECT max(id) FROM passages") ?? 0) + 1
        let insert = try db.cachedStatement(sql: """
            INSERT INTO dense_frequencies(phrase, frequencies, exceptions) VALUES (?, ?, ?)
            """)
        for row in try Row.fetchAll(db, sql: "SELECT phrase FROM phrase_lists WHERE df >= ?",
                                    arguments: [max(1, rows / share)]) {
            let key: Data = row["phrase"]
            let text = String(decoding: key, as: UTF8.self)
            guard text.unicodeScalars.count >= 2, let phrase = QueryPhrase(text) else { continue }
            var matches: [(id: Int64, frequency: Int)] = []
            let statement = try db.makeStatement(sql: """
                SELECT rowid, \(PhraseFrequencyFunction.name)(passages_fts) FROM passages_fts WHERE passages_fts MATCH ?
                """)
            try statement.setArguments([phrase.matchExpression])
            try RawRows.forEach(statement, in: db) { handle in
                let counts = PhraseFrequencyFunction.counts(in: DatabaseValue(sqliteStatement: handle, index: 1),
                                                            phraseCount: 1)
                matches.append((sqlite3_column_int64(handle, 0), counts[0]))
            }
            let frequencies = DenseFrequencies(matches, passages: passages)
            try insert.execute(arguments: [key, Data(frequencies.packed), frequencies.encodedExceptions])
        }
    }

    /// The frequencies of `phrase` when it is dense and they are stored
    /// intact; nil otherwise (FTS5 then reports them: slower, as exact).
    /// A database error is thrown, not taken for "not dense".
    static func frequencies(_ db: Database, of phrase: QueryPhrase) throws -> DenseFrequencies? {
        guard let key = PhraseLists.key(of: phrase),
              let row = try Row.fetchOne(db, sql: """
                  SELECT frequencies, exceptions FROM dense_frequencies WHERE phrase = ?
                  """, arguments: [key])
        else { return nil }
        return DenseFrequencies(packed: row["frequencies"], exceptions: row["exceptions"])
    }
}
