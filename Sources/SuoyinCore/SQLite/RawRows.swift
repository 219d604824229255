import GRDB
import GRDBSQLite

/// Steps a prepared statement through SQLite's C API, for the loops that
/// read hundreds of thousands of rows, where GRDB's row decoding cost more
/// than the reading.
enum RawRows {
    /// Calls `body` with the statement's handle at each row; resets the
    /// statement at the end and throws SQLite's error if a step fails.
    static func forEach(_ statement: Statement, in db: Database, _ body: (SQLiteStatement) throws -> Void) throws {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            try body(handle)
        }
    }

    /// The text of `column` at the current row as UTF-8 bytes, valid until
    /// the statement steps again (empty for NULL): no `String` made.
    static func text(_ handle: SQLiteStatement, column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let bytes = sqlite3_column_text(handle, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column)))
    }
}
