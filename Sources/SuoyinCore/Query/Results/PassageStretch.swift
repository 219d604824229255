import GRDB
import GRDBSQLite

/// Consecutive passages of one line read as one stretch of the line: a
/// result whose terms fell into several passages (``ScopedEvaluation``),
/// and a line whose `NEAR` is checked.
///
/// Passages never start or end with whitespace, so the whitespace between
/// two passages of a line is not stored; each of its characters is given
/// as a space. Offsets stay exact: the stretch is `document[start..<end]`
/// in length and place, its text the passages' own with spaces between.
enum PassageStretch {
    /// The text of passages `ids` and the document offset it starts at.
    static func text(_ db: Database, ids: ClosedRange<Int64>) throws -> (start: Int, text: String) {
        var text = ""
        var first: Int?
        var end: Int?
        for row in try Row.fetchAll(db, sql: "SELECT start, text FROM passages WHERE id BETWEEN ? AND ? ORDER BY id",
                                    arguments: [ids.lowerBound, ids.upperBound]) {
            let start: Int = row[0]
            let passage: String = row[1]
            if let end, start > end { text += String(repeating: " ", count: start - end) }
            text += passage
            first = first ?? start
            end = start + passage.unicodeScalars.count
        }
        return (first ?? 0, text)
    }

    /// Calls `body` with each of `stretches` and its text (as ``text(_:ids:)``
    /// gives it) in UTF-8, from one prepared statement: a `NEAR` of frequent
    /// terms checks thousands of stretches.
    static func forEachText(
        _ db: Database, of stretches: [ClosedRange<Int64>], _ body: (ClosedRange<Int64>, UnsafeBufferPointer<UInt8>) -> Void
    ) throws {
        let statement = try db.cachedStatement(sql: "SELECT start, text FROM passages WHERE id BETWEEN ? AND ? ORDER BY id")
        var bytes: [UInt8] = []
        for stretch in stretches {
            bytes.removeAll(keepingCapacity: true)
            var end: Int?
            try statement.setArguments([stretch.lowerBound, stretch.upperBound])
            try RawRows.forEach(statement, in: db) { handle in
                let start = Int(sqlite3_column_int64(handle, 0))
                let passage = RawRows.text(handle, column: 1)
                if let end, start > end { bytes += repeatElement(UInt8(ascii: " "), count: start - end) }
                bytes.append(contentsOf: passage)
                end = start + passage.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            }
            bytes.withUnsafeBufferPointer { body(stretch, $0) }
        }
    }
}

extension PassageRecord {
    /// The record made the stretch from its own passage `id` through passage `last` of its line.
    mutating func extend(_ db: Database, from id: Int64, through last: Int64) throws {
        guard last > id else { return }
        text = try PassageStretch.text(db, ids: id...last).text
        end = start + text.unicodeScalars.count
        copyKey = nil
    }
}
