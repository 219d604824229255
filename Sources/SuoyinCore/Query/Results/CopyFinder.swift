import GRDB
import GRDBSQLite

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
        try statement.setArguments([hash, id])
        let key = made ?? DuplicateKey(text)
        let own = Array(text.utf8)
        var copies: [Int64] = []
        // Rows are read raw: a footer on a thousand pages has a thousand copies. A copy
        // with the very same bytes has the same key, and none is made for it.
        try RawRows.forEach(statement, in: db) { row in
            let candidate = sqlite3_column_int64(row, 0)
            guard allowed?.contains(candidate) ?? true else { return }
            let bytes = RawRows.text(row, column: 1)
            if bytes.elementsEqual(own) || DuplicateKey(String(decoding: bytes, as: UTF8.self)) == key {
                copies.append(candidate)
            }
        }
        return copies.sorted()
    }
}
