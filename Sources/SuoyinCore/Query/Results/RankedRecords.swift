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
        let scores = Dictionary(candidates.map { ($0.id, $0.bm25) }, uniquingKeysWith: { first, _ in first })
        let records = try self.records(db, ids: Array(scores.keys)).map { Ranked(id: $0.id, record: $0.record, bm25: scores[$0.id]!) }
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

    /// The passages `ids` with their documents, in no particular order.
    static func records(_ db: Database, ids: [Int64]) throws -> [(id: Int64, record: PassageRecord)] {
        guard !ids.isEmpty else { return [] }
        return try Row.fetchAll(db, sql: """
            SELECT p.id, \(PassageRecord.columns) FROM passages p JOIN documents d ON d.id = p.documentId
            LEFT JOIN sections s ON s.id = p.sectionId
            WHERE p.id IN (SELECT value FROM json_each(?))
            """, arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"])
            .map { row in (row["id"], PassageRecord(row: row)) }
    }

    private static func place(_ record: PassageRecord, id: Int64) -> ResultOrder.Place<String.UTF8View, Int64> {
        ResultOrder.Place(path: record.path.utf8, line: record.line, column: record.column, passage: id)
    }
}
