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

    /// The citations of the passages with the key of `text`, other than
    /// `id`, in result order of their places (path bytewise, line, column).
    /// `stored`: the passage's stored key, when it has one (a stretch of passages has none).
    func citations(of id: Int64, text: String, stored: Int64? = nil) throws -> [String] {
        // Most passages have no copy: their stored key alone finds nothing, and no key is made.
        let made = stored == nil ? DuplicateKey(text) : nil
        guard let hash = stored ?? made?.stored else { return [] }
        // Each copy's place is read with it: a footer on a thousand pages has a thousand copies.
        let statement = try db.cachedStatement(sql: """
            SELECT \(RowPlaces.columns), p.text FROM passages p JOIN documents d ON d.id = p.documentId
            WHERE p.copyKey = ? AND p.id != ?
            """)
        try statement.setArguments([hash, id])
        let key = made ?? DuplicateKey(text)
        let own = Array(text.utf8)
        var reader = RowPlaces()
        var places: [ResultOrder.Place<[UInt8], Int64>] = []
        // Rows are read raw; a copy with the very same bytes has the same key, and none is made for it.
        try RawRows.forEach(statement, in: db) { row in
            let candidate = sqlite3_column_int64(row, 0)
            guard allowed?.contains(candidate) ?? true else { return }
            let bytes = RawRows.text(row, column: RowPlaces.columnCount)
            guard bytes.elementsEqual(own) || DuplicateKey(String(decoding: bytes, as: UTF8.self)) == key else { return }
            places.append(reader.place(row))
        }
        return places.sorted { ResultOrder.precedes($0, $1) }
            .map { Citation(path: String(decoding: $0.path, as: UTF8.self), line: $0.line, column: $0.column).description }
    }
}
