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
        var candidates = ranked
        if candidates.count > count {
            // Only ties with the last place need their rows to be ordered; finding
            // that place needs no sort of every match (a quarter of a whole
            // `suoyin search` of a frequent bigram went into sorting them).
            let boundary = Self.smallest(count, of: candidates.map(\.bm25))
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

    /// `ties`, passages of one score, in result order: those holding a query
    /// phrase as typed first, then by place. Read `size` at a time for their
    /// places and texts, of which only the places and whether `exact` holds are kept.
    static func ordered(_ db: Database, ties: [RankedPassage], exact: ExactScript, size: Int) throws -> [RankedPassage] {
        var keys: [(preferred: Bool, place: ResultOrder.Place<String.UTF8View, Int64>)] = []
        keys.reserveCapacity(ties.count)
        for start in stride(from: 0, to: ties.count, by: size) {
            let chunk = Array(ties[start..<min(start + size, ties.count)])
            for (id, record) in try records(db, of: chunk) {
                keys.append((exact.matches(record.text), place(record, id: id)))
            }
        }
        let byId = Dictionary(ties.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return keys.sorted { left, right in
            if left.preferred != right.preferred { return left.preferred }
            return ResultOrder.precedes(left.place, right.place)
        }.compactMap { byId[$0.place.passage] }
    }

    /// The results `passages` (passages, or stretches of them) with their
    /// documents, in no particular order.
    static func records(_ db: Database, of passages: [RankedPassage]) throws -> [(id: Int64, record: PassageRecord)] {
        guard !passages.isEmpty else { return [] }
        // A cursor's row is decoded in place; fetchAll would copy every row and its column names.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(PassageRecord.columns), p.id FROM passages p JOIN documents d ON d.id = p.documentId
            LEFT JOIN sections s ON s.id = p.sectionId
            WHERE p.id IN (SELECT value FROM json_each(?))
            """, arguments: ["[" + passages.map { String($0.id) }.joined(separator: ",") + "]"])
        // A stretch of one line's passages that only together match reads as one record (``PassageStretch``).
        let stretches = Dictionary(passages.compactMap { ranked in ranked.through.map { (ranked.id, $0) } },
                                   uniquingKeysWith: { first, _ in first })
        var records: [(id: Int64, record: PassageRecord)] = []
        records.reserveCapacity(passages.count)
        var sections = SectionPaths()
        while let row = try rows.next() {
            let id: Int64 = row[PassageRecord.columnCount]
            records.append((id, PassageRecord(row: row, sections: &sections)))
        }
        for index in records.indices {
            if let last = stretches[records[index].id] {
                try records[index].record.extend(db, from: records[index].id, through: last)
            }
        }
        return records
    }

    /// The `rank`-th smallest of `values` (1: the smallest), counting equal
    /// values one by one, as a sort would place them; `values` holds at least `rank`.
    static func smallest(_ rank: Int, of values: [Double]) -> Double {
        var values = values
        var (low, high) = (0, values.count - 1)
        let target = rank - 1
        // Quickselect with a median-of-three pivot; after as many rounds as a
        // good split would need twice over, the rest is sorted instead, so no
        // order of the input can make it quadratic.
        var rounds = 2 * (Int.bitWidth - values.count.leadingZeroBitCount) + 8
        while low < high {
            rounds -= 1
            if rounds == 0 {
                values[low...high].sort()
                break
            }
            let middle = low + (high - low) / 2
            let pivot = [values[low], values[middle], values[high]].sorted()[1]
            // Three-way partition: [low, less) < pivot, [less, greater] == pivot, (greater, high] > pivot.
            var (less, index, greater) = (low, low, high)
            while index <= greater {
                if values[index] < pivot {
                    values.swapAt(index, less)
                    less += 1
                    index += 1
                } else if values[index] > pivot {
                    values.swapAt(index, greater)
                    greater -= 1
                } else {
                    index += 1
                }
            }
            if target < less {
                high = less - 1
            } else if target > greater {
                low = greater + 1
            } else {
                return pivot
            }
        }
        return values[target]
    }

    private static func place(_ record: PassageRecord, id: Int64) -> ResultOrder.Place<String.UTF8View, Int64> {
        ResultOrder.Place(path: record.path.utf8, line: record.line, column: record.column, passage: id)
    }
}
