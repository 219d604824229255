import GRDB

/// The passage ids of the documents a ``SearchFilter`` lets through, as
/// sorted ranges: a document's passages have consecutive ids, since they
/// are written together.
struct PassageRanges {
    private var lowers: [Int64] = []
    private var uppers: [Int64] = []

    init(_ db: Database, filter: (condition: String, arguments: [String])) throws {
        for row in try Row.fetchAll(db, sql: """
            SELECT d.firstPassage, d.lastPassage FROM documents d WHERE \(filter.condition) ORDER BY d.firstPassage
            """, arguments: StatementArguments(filter.arguments)) {
            lowers.append(row[0])
            uppers.append(row[1])
        }
    }

    /// Whether passage `id` belongs to a document the filter lets through.
    func contains(_ id: Int64) -> Bool {
        // The last range starting at or before `id`.
        var low = 0
        var high = lowers.count
        while low < high {
            let middle = (low + high) / 2
            if lowers[middle] <= id { low = middle + 1 } else { high = middle }
        }
        return low > 0 && id <= uppers[low - 1]
    }
}
