import GRDB
import GRDBSQLite

/// Reads passages in id order with their text as stored (UTF-16), without
/// making a Swift string of each: what the phrase lists read of the index.
enum PassageScan {
    /// Where a passage is, for ordering equal scores as results are ordered.
    struct Place {
        var id: Int64
        var documentId: Int64
        var line: Int
        var column: Int
    }

    /// Calls `body` for every passage whose id is a multiple of `stride`.
    static func forEach(
        _ db: Database, stride: Int = 1, _ body: (Place, UnsafeBufferPointer<UInt16>) throws -> Void
    ) throws {
        let statement = try db.makeStatement(sql: """
            SELECT id, documentId, line, column, text FROM passages \(stride > 1 ? "WHERE id % \(stride) = 0" : "")
            """)
        try RawRows.forEach(statement, in: db) { handle in
            let place = Place(id: sqlite3_column_int64(handle, 0), documentId: sqlite3_column_int64(handle, 1),
                              line: Int(sqlite3_column_int64(handle, 2)), column: Int(sqlite3_column_int64(handle, 3)))
            let units = sqlite3_column_text16(handle, 4)
            let count = Int(sqlite3_column_bytes16(handle, 4)) / 2
            let text = UnsafeBufferPointer(start: units?.assumingMemoryBound(to: UInt16.self), count: units == nil ? 0 : count)
            try body(place, text)
        }
    }
}
