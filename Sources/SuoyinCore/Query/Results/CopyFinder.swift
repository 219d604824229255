import GRDB
import GRDBSQLite
import TextAnalysis

/// Finds the copies of a passage (``DuplicateKey``) anywhere in the index,
/// at the cost of a rare-term lookup rather than a scan.
///
/// A copy holds every character of the passage in the same order, so it
/// holds the passage's bigrams, except where punctuation was inserted
/// between two characters. FTS5 is asked for the passages holding any of
/// the passage's ``probes`` rarest bigrams (rarest by the phrase lists,
/// where a bigram without a list is rarer than any with one), and each
/// candidate's key is compared: no false copy, and a copy is missed only
/// if punctuation split all three bigrams. A passage without two adjacent
/// Han characters is looked up as a whole phrase.
struct CopyFinder {
    let db: Database
    /// Whether the phrase lists are current, so that their counts tell which bigrams are rare.
    let listsCurrent: Bool
    /// The search's filter: copies in other documents are not listed.
    let allowed: PassageRanges?

    /// How many bigrams are looked up.
    static let probes = 3

    /// The ids of the passages with the key of `text`, other than `id`, ascending.
    func copies(of id: Int64, text: String) throws -> [Int64] {
        let key = DuplicateKey(text)
        guard !key.isEmpty, let expression = try expression(for: text) else { return [] }
        var candidates: [Int64] = []
        let statement = try db.makeStatement(sql: "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?")
        try statement.setArguments([expression])
        try RawRows.forEach(statement, in: db) { handle in
            let candidate = sqlite3_column_int64(handle, 0)
            if candidate != id, allowed?.contains(candidate) ?? true { candidates.append(candidate) }
        }
        guard !candidates.isEmpty else { return [] }
        let rows = try Row.fetchAll(db, sql: "SELECT id, text FROM passages WHERE id IN (SELECT value FROM json_each(?))",
                                    arguments: ["[" + candidates.map(String.init).joined(separator: ",") + "]"])
        return rows.compactMap { row -> Int64? in DuplicateKey(row["text"]) == key ? row["id"] : nil }.sorted()
    }

    /// The FTS5 expression of the passage's rarest bigrams, or of the whole passage.
    private func expression(for text: String) throws -> String? {
        var seen = Set<String>()
        let bigrams = Analyzer.terms(in: text, mode: .query).map(\.text).filter { term in
            let scalars = term.unicodeScalars
            return scalars.count == 2 && scalars.allSatisfy { $0.value >= 0x2E80 } && seen.insert(term).inserted
        }.compactMap(QueryPhrase.init)
        guard !bigrams.isEmpty else { return QueryPhrase(text)?.matchExpression }
        var rarity: [Int] = Array(repeating: 0, count: bigrams.count)
        if listsCurrent {
            let lookup = try db.cachedStatement(sql: "SELECT df FROM phrase_lists WHERE phrase = ?")
            for (index, bigram) in bigrams.enumerated() {
                guard let key = PhraseLists.key(of: bigram) else { continue }
                rarity[index] = try Int.fetchOne(lookup, arguments: [key]) ?? 0
            }
        } else {
            // Without counts, bigrams spread over the passage are least likely to be common together.
            rarity = bigrams.indices.map { -abs($0 - bigrams.count / 2) }
        }
        let chosen = bigrams.indices.sorted { (rarity[$0], $0) < (rarity[$1], $1) }.prefix(Self.probes)
        return chosen.map { bigrams[$0].matchExpression }.joined(separator: " OR ")
    }
}
