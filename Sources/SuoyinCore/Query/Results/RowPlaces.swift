import GRDB
import GRDBSQLite

/// Reads a passage's place (``ResultOrder/Place``) from a raw row
/// (``RawRows``) that starts with ``columns``, each document's path made
/// once: a footer's thousands of ties and copies share a few documents' paths.
struct RowPlaces {
    /// The columns a row starts with, from `p` (passages) and `d` (documents); a query's own follow them.
    static let columns = "p.id, p.line, p.column, p.documentId, d.path"
    /// The index of a row's first column after ``columns``.
    static let columnCount: Int32 = 5

    private var paths: [Int64: [UInt8]] = [:]

    /// The place of the passage at `row`.
    mutating func place(_ row: SQLiteStatement) -> ResultOrder.Place<[UInt8], Int64> {
        let document = sqlite3_column_int64(row, 3)
        let path = paths[document] ?? Array(RawRows.text(row, column: 4))
        paths[document] = path
        return ResultOrder.Place(path: path, line: Int(sqlite3_column_int64(row, 1)),
                                 column: Int(sqlite3_column_int64(row, 2)), passage: sqlite3_column_int64(row, 0))
    }
}
