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
    /// `stored`: the passage's stored key, when it has one (a stretch of passages has none).
    func copies(of id: Int64, text: String, stored: Int64? = nil) throws -> [Int64] {
        // Most passages have no copy: their stored key alone finds nothing, and no key is made.
        let made = stored == nil ? DuplicateKey(text) : nil
        guard let hash = stored ?? made?.stored else { return [] }
        let statement = try db.cachedStatement(sql: "SELECT id, text FROM passages WHERE copyKey = ? AND id != ?")
        let rows = try Row.fetchAll(statement, arguments: [hash, id])
        guard !rows.isEmpty else { return [] }
        let key = made ?? DuplicateKey(text)
        return rows.compactMap { row -> Int64? in
            let candidate: Int64 = row["id"]
            guard allowed?.contains(candidate) ?? true, DuplicateKey(row["text"]) == key else { return nil }
            return candidate
        }.sorted()
    }
}
