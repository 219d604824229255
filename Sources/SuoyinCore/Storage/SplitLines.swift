import GRDB
import GRDBSQLite

/// The lines of documents that were cut into several passages, each as the
/// range of its passages' ids (a document's passages have consecutive ids
/// in reading order), in table `split_lines(first, last)`.
///
/// A search whose terms must stand together within a paragraph
/// (``SearchScope/paragraph``) only differs from one within a passage on
/// these lines; an index without any answers such a search passage by passage.
enum SplitLines {
    /// Every split line, in id order.
    static func ranges(_ db: Database) throws -> [ClosedRange<Int64>] {
        var ranges: [ClosedRange<Int64>] = []
        let statement = try db.makeStatement(sql: "SELECT first, last FROM split_lines ORDER BY first")
        try RawRows.forEach(statement, in: db) { handle in
            ranges.append(sqlite3_column_int64(handle, 0)...sqlite3_column_int64(handle, 1))
        }
        return ranges
    }

    /// Whether any line of the index was cut into several passages.
    static func exist(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM split_lines)") ?? false
    }

    /// Records the split lines among passages `ids` (consecutive, in
    /// reading order) that lie on `lines`.
    static func record(ids: ClosedRange<Int64>, lines: [Int], _ db: Database) throws {
        let insert = try db.cachedStatement(sql: "INSERT INTO split_lines(first, last) VALUES (?, ?)")
        var start = 0
        for index in 1...lines.count {
            guard index == lines.count || lines[index] != lines[start] else { continue }
            if index - start > 1 {
                try insert.execute(arguments: [ids.lowerBound + Int64(start), ids.lowerBound + Int64(index - 1)])
            }
            start = index
        }
    }

    /// Forgets the split lines among passages `ids`, whose document is being removed.
    static func remove(ids: ClosedRange<Int64>, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM split_lines WHERE first BETWEEN ? AND ?", arguments: [ids.lowerBound, ids.upperBound])
    }
}
