import GRDB

/// The best passages of a search read from the index, in ``ResultOrder``,
/// with one refinement: between passages of equal score, one that holds a
/// query phrase exactly as typed (``ExactScript``) comes first.
enum RankedRecords {
    /// A passage read for the results.
    struct Ranked {
        var id: Int64
        var record: PassageRecord
        var bm25: Double
        /// The last passage, when the result is a stretch of one line's passages.
        var through: Int64? = nil
    }

    /// The best `count` of `ranked` (which holds every passage that can be
    /// among them, with its BM25), joined with passages and documents, in
    /// result order; ties go first to passages `exact` prefers.
    static func best(
        _ db: Database, of ranked: [RankedPassage], count: Int, exact: ExactScript = ExactScript(sources: [])
    ) throws -> [Ranked] {
        guard count > 0, !ranked.isEmpty else { return [] }
        var candidates = ranked.sorted { $0.bm25 < $1.bm25 }
        if candidates.count > count {
            // Only ties with the last place need their rows to be ordered.
            let boundary = candidates[count - 1].bm25
            candidates = candidates.filter { $0.bm25 <= boundary }
        }
        let byId = Dictionary(candidates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let records = try self.records(db, of: candidates).map {
            Ranked(id: $0.id, record: $0.record, bm25: byId[$0.id]!.bm25, through: byId[$0.id]!.through)
        }
        let preferred = records.map { exact.matches($0.record.text) }
        // Indices are sorted rather than the records themselves: a record is large, and sorting moves what it sorts.
        let order = records.indices.sorted { lhs, rhs in
            let (left, right) = (records[lhs], records[rhs])
            if left.bm25 == right.bm25, preferred[lhs] != preferred[rhs] { return preferred[lhs] }
            return ResultOrder.precedes(bm25: left.bm25, place(left.record, id: left.id),
                                        right.bm25, place(right.record, id: right.id))
        }
        return order.prefix(count).map { records[$0] }
    }

    /// The results `passages` (passages, or stretches of them) with their
    /// documents, in no particular order.
    static func records(_ db: Database, of passages: [RankedPassage]) throws -> [(id: Int64, record: PassageRecord)] {
        guard !passages.isEmpty else { return [] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.id, \(PassageRecord.columns) FROM passages p JOIN documents d ON d.id = p.documentId
            LEFT JOIN sections s ON s.id = p.sectionId
            WHERE p.id IN (SELECT value FROM json_each(?))
            """, arguments: ["[" + passages.map { String($0.id) }.joined(separator: ",") + "]"])
        // A stretch of one line's passages that only together match reads as one record (``PassageStretch``).
        let stretches = Dictionary(passages.compactMap { ranked in ranked.through.map { (ranked.id, $0) } },
                                   uniquingKeysWith: { first, _ in first })
        return try rows.map { row in
            var record = PassageRecord(row: row)
            if let last = stretches[row["id"]] { try record.extend(db, from: row["id"], through: last) }
            return (row["id"], record)
        }
    }

    private static func place(_ record: PassageRecord, id: Int64) -> ResultOrder.Place<String.UTF8View, Int64> {
        ResultOrder.Place(path: record.path.utf8, line: record.line, column: record.column, passage: id)
    }
}
