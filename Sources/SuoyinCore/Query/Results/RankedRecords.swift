import GRDB

/// The best passages of a search read from the index, in ``ResultOrder``.
enum RankedRecords {
    /// The best `count` of `ranked` (which holds every passage that can be
    /// among them, with its BM25), joined with passages and documents, in
    /// result order.
    static func best(_ db: Database, of ranked: [RankedPassage], count: Int) throws -> [(record: PassageRecord, bm25: Double)] {
        guard count > 0, !ranked.isEmpty else { return [] }
        var candidates = ranked.sorted { $0.bm25 < $1.bm25 }
        if candidates.count > count {
            // Only ties with the last place need their rows to be ordered.
            let boundary = candidates[count - 1].bm25
            candidates = candidates.filter { $0.bm25 <= boundary }
        }
        let scores = Dictionary(candidates.map { ($0.id, $0.bm25) }, uniquingKeysWith: { first, _ in first })
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.id, \(PassageRecord.columns) FROM passages p JOIN documents d ON d.id = p.documentId
            LEFT JOIN sections s ON s.id = p.sectionId
            WHERE p.id IN (SELECT value FROM json_each(?))
            """, arguments: ["[" + scores.keys.map(String.init).joined(separator: ",") + "]"])
        let stretches = Dictionary(candidates.compactMap { ranked in ranked.through.map { (ranked.id, $0) } },
                                   uniquingKeysWith: { first, _ in first })
        let records = try rows.map { row -> (id: Int64, record: PassageRecord, bm25: Double) in
            var record = PassageRecord(row: row)
            if let last = stretches[row["id"]] { try record.extend(db, from: row["id"], through: last) }
            return (row["id"], record, scores[row["id"]]!)
        }
        // Indices are sorted rather than the records themselves: a record is large, and sorting moves what it sorts.
        let order = records.indices.sorted { lhs, rhs in
            ResultOrder.precedes(bm25: records[lhs].bm25, place(records[lhs].record, id: records[lhs].id),
                                 records[rhs].bm25, place(records[rhs].record, id: records[rhs].id))
        }
        return order.prefix(count).map { (record: records[$0].record, bm25: records[$0].bm25) }
    }

    private static func place(_ record: PassageRecord, id: Int64) -> ResultOrder.Place<String.UTF8View, Int64> {
        ResultOrder.Place(path: record.path.utf8, line: record.line, column: record.column, passage: id)
    }
}
