import GRDB
import GRDBSQLite
import TextAnalysis

/// Finds the copies of a passage (``DuplicateKey``) anywhere in the index,
/// at the cost of a few rare-term lookups rather than a scan.
///
/// A copy holds every character of the passage in the same order, so it
/// holds the passage's bigrams, except where punctuation was inserted
/// between two characters. FTS5 is asked for the passages holding, for each
/// of three pairs of the passage's rarest bigrams (rarest by the phrase
/// lists; a bigram without a list is rarer than any with one), either
/// bigram of the pair: `("ab" OR "cd") AND ("ef" OR "gh") AND …`. Each
/// candidate's key is then compared, so there is no false copy, and a copy
/// is missed only if inserted punctuation split both bigrams of a pair. An
/// AND keeps the candidates few: an OR of bigrams just below the lists'
/// threshold read 20,000 passages at 200 MB (250 ms), the AND a handful.
/// A passage without two adjacent Han characters is looked up as a whole
/// phrase. Before any text is read, candidates are narrowed by their length
/// in terms (``PassageLengths``): every Han character is one term whatever
/// the punctuation around it, so only Latin letters and digits, whose words
/// white space can split, let a copy's length differ, by at most two terms
/// each.
struct CopyFinder {
    let db: Database
    /// Whether the phrase lists are current, so that their counts tell which bigrams are rare.
    let listsCurrent: Bool
    /// The search's filter: copies in other documents are not listed.
    let allowed: PassageRanges?
    let lengths: PassageLengths

    /// How many pairs of bigrams a copy must share one of.
    static let pairs = 3

    /// The ids of the passages with the key of `text`, other than `id`, ascending.
    func copies(of id: Int64, text: String) throws -> [Int64] {
        let key = DuplicateKey(text)
        guard !key.isEmpty, let expression = try expression(for: text) else { return [] }
        let length = lengths.length(of: id)
        let slack = 2 * key.text.unicodeScalars.filter { $0.isASCII }.count
        var candidates: [Int64] = []
        let statement = try db.makeStatement(sql: "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?")
        try statement.setArguments([expression])
        try RawRows.forEach(statement, in: db) { handle in
            let candidate = sqlite3_column_int64(handle, 0)
            guard candidate != id, abs(lengths.length(of: candidate) - length) <= slack,
                  allowed?.contains(candidate) ?? true else { return }
            candidates.append(candidate)
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
        let chosen = Array(bigrams.indices.sorted { (rarity[$0], $0) < (rarity[$1], $1) }.prefix(2 * Self.pairs))
        // Pairs of the rarest with the least rare chosen, so that every pair is about as rare.
        let pairs = (0..<min(Self.pairs, (chosen.count + 1) / 2)).map { index -> String in
            let partner = chosen.count - 1 - index
            let first = bigrams[chosen[index]].matchExpression
            return partner > index ? "(\(first) OR \(bigrams[chosen[partner]].matchExpression))" : first
        }
        return pairs.joined(separator: " AND ")
    }
}
