import GRDB

/// Finds the copies of a passage (``DuplicateKey``) anywhere in the index
/// with one lookup: every passage's copy key is stored beside it and
/// indexed (`passages.copyKey`, ``DuplicateKey/stored``), so the passages
/// with the same hash are read and their keys compared — no false copy,
/// and no copy missed, whatever punctuation or white space a repost
/// inserted.
struct CopyFinder {
    let db: Database
    /// The search's filter: copies in other documents are not listed.
    let allowed: PassageRanges?

    /// The ids of the passages with the key of `text`, other than `id`, ascending.
    func copies(of id: Int64, text: String) throws -> [Int64] {
        let key = DuplicateKey(text)
        guard let stored = key.stored else { return [] }
        let rows = try Row.fetchAll(db, sql: "SELECT id, text FROM passages WHERE copyKey = ? AND id != ?",
                                    arguments: [stored, id])
        return rows.compactMap { row -> Int64? in
            let candidate: Int64 = row["id"]
            guard allowed?.contains(candidate) ?? true, DuplicateKey(row["text"]) == key else { return nil }
            return candidate
        }.sorted()
    }
}
