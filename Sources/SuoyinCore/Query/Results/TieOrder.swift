import GRDB
import GRDBSQLite

/// A run of passages of one score in result order: those holding a query
/// phrase as typed first (``ExactScript``), then by place (``ResultOrder``).
///
/// A footer copied onto every page of a manual ties thousands of times.
/// Only what the order needs is read, straight from SQLite's rows
/// (``RawRows``), a chunk at a time: each passage's place, and whether its
/// text holds a phrase as typed. No record, and no `String` of a text.
struct TieOrder {
    /// The ties in result order.
    let passages: [RankedPassage]
    /// The ties with the same stored copy key and the very same bytes as a
    /// tie before them in the order (found only when asked). Folding copies
    /// drops each of them whatever else is shown (``ResultFolding``: the
    /// earlier one is shown, or folded into a shown one with its key), so a
    /// page that folds copies need not read them.
    let sureCopies: Set<Int64>

    /// A tie's order, and the number of its text among the distinct texts of its stored copy key.
    private typealias Key = (preferred: Bool, place: ResultOrder.Place<[UInt8], Int64>, sameText: Int?)

    /// The order of `ties`, read `chunkSize` at a time; with ``sureCopies`` when `findingCopies`.
    init(_ db: Database, ties: [RankedPassage], exact: ExactScript, findingCopies: Bool = false,
         chunkSize: Int = 512) throws {
        var keys: [Key] = []
        keys.reserveCapacity(ties.count)
        var places = RowPlaces()
        // The distinct texts met with each stored copy key, each with its number.
        var texts: [Int64: [(bytes: [UInt8], number: Int)]] = [:]
        var textCount = 0
        let statement = try db.cachedStatement(sql: """
            SELECT \(RowPlaces.columns), p.text, p.copyKey FROM passages p JOIN documents d ON d.id = p.documentId
            WHERE p.id IN (SELECT value FROM json_each(?))
            """)
        let stretches = Dictionary(ties.compactMap { ranked in ranked.through.map { (ranked.id, $0) } },
                                   uniquingKeysWith: { first, _ in first })
        for start in stride(from: 0, to: ties.count, by: chunkSize) {
            let chunk = ties[start..<min(start + chunkSize, ties.count)]
            try statement.setArguments(["[" + chunk.map { String($0.id) }.joined(separator: ",") + "]"])
            var stretched: [(id: Int64, key: Int)] = []
            try RawRows.forEach(statement, in: db) { row in
                let place = places.place(row)
                let id = place.passage
                // A stretch's text is its passages' together (PassageStretch), read below;
                // it has no stored key of its own.
                if stretches[id] != nil {
                    stretched.append((id, keys.count))
                    keys.append((false, place, nil))
                    return
                }
                let (textColumn, keyColumn) = (RowPlaces.columnCount, RowPlaces.columnCount + 1)
                let text = RawRows.text(row, column: textColumn)
                var sameText: Int?
                if findingCopies && sqlite3_column_type(row, keyColumn) != SQLITE_NULL {
                    let stored = sqlite3_column_int64(row, keyColumn)
                    if let same = texts[stored, default: []].first(where: { $0.bytes.elementsEqual(text) }) {
                        sameText = same.number
                    } else {
                        textCount += 1
                        texts[stored, default: []].append((Array(text), textCount))
                        sameText = textCount
                    }
                }
                keys.append((exact.matches(utf8: text), place, sameText))
            }
            for (id, key) in stretched {
                keys[key].preferred = exact.matches(try PassageStretch.text(db, ids: id...stretches[id]!).text)
            }
        }
        keys.sort { left, right in
            if left.preferred != right.preferred { return left.preferred }
            return ResultOrder.precedes(left.place, right.place)
        }
        var seen = Set<Int>()
        var sureCopies = Set<Int64>()
        for key in keys {
            if let sameText = key.sameText, !seen.insert(sameText).inserted { sureCopies.insert(key.place.passage) }
        }
        let byId = Dictionary(ties.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        passages = keys.compactMap { byId[$0.place.passage] }
        self.sureCopies = sureCopies
    }
}
