import GRDB
import GRDBSQLite

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
    /// result order; ties go first to passages `exact` prefers. When `kept`
    /// folds copies, fewer: long runs of one score leave out their sure
    /// copies (``TieOrder/sureCopies``), which folding would drop.
    ///
    /// `kept`, when given, keeps what was read for the next call of the same
    /// search: a page walk asks again for more (``ResultWalk``), and a footer's
    /// copies were read whole, and their ties ordered, at every ask.
    static func best(
        _ db: Database, of ranked: [RankedPassage], count: Int, exact: ExactScript = ExactScript(sources: []),
        kept: Kept? = nil
    ) throws -> [Ranked] {
        guard count > 0, !ranked.isEmpty else { return [] }
        var candidates = ranked
        var boundary: Double?
        if candidates.count > count {
            // Only ties with the last place need their rows to be ordered; finding
            // that place needs no sort of every match (a quarter of a whole
            // `suoyin search` of a frequent bigram went into sorting them).
            let last = Self.smallest(count, of: candidates.map(\.bm25))
            candidates = candidates.filter { $0.bm25 <= last }
            boundary = last
        }
        if boundary != nil || kept?.foldsCopies == true {
            candidates = try shortened(db, candidates, boundary: boundary, count: count, exact: exact, kept: kept)
        }
        let byId = Dictionary(candidates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let records = try (kept.map { try $0.records(db, of: candidates) } ?? self.records(db, of: candidates)).map {
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

    /// `candidates` with their long runs of one score cut short. A footer
    /// copied onto thousands of pages ties thousands of times: such a run is
    /// ordered from places alone (``TieOrder``), the run at `boundary` (the
    /// last place's score) keeps only the ties that reach the best `count`,
    /// and when `kept` folds copies every long run leaves out its sure copies.
    private static func shortened(
        _ db: Database, _ candidates: [RankedPassage], boundary: Double?, count: Int, exact: ExactScript, kept: Kept?
    ) throws -> [RankedPassage] {
        let foldsCopies = kept?.foldsCopies ?? false
        let better = boundary.map { last in candidates.count { $0.bm25 < last } } ?? 0
        var sizes: [Double: Int] = [:]
        for candidate in candidates { sizes[candidate.bm25, default: 0] += 1 }
        // How many of a run this call covers: all of it, but at the last place only what reaches `count`.
        func needed(_ score: Double, size: Int) -> Int { score == boundary ? count - better : size }
        let long = Set(sizes.compactMap { score, size in
            size > needed(score, size: size) + tieSlack || (foldsCopies && size > tieSlack) ? score : nil
        })
        guard !long.isEmpty else { return candidates }
        var shortened = candidates.filter { !long.contains($0.bm25) }
        var runs: [Double: [RankedPassage]] = [:]
        for candidate in candidates where long.contains(candidate.bm25) { runs[candidate.bm25, default: []].append(candidate) }
        for (score, run) in runs {
            let order = try kept?.order(of: run) ?? TieOrder(db, ties: run, exact: exact, findingCopies: foldsCopies)
            kept?.keep(order, of: run)
            shortened += order.passages.prefix(needed(score, size: run.count)).filter { !order.sureCopies.contains($0.id) }
        }
        return shortened
    }

    /// How many more ties than places left are read whole rather than ordered by ``TieOrder``.
    static let tieSlack = 64

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

extension RankedRecords {
    /// What one search read of its passages, kept from one call of
    /// ``best(_:of:count:exact:kept:)`` to the next: each passage's record,
    /// and the order of the last long run of ties. For a page, not for every
    /// result (that would keep every record).
    final class Kept {
        /// Whether the page folds copies: then sure copies need not be read (``TieOrder/sureCopies``).
        let foldsCopies: Bool
        /// The long runs of one score met so far, by score: their ids as ranked, and their order.
        private var runs: [Double: (ids: [Int64], order: TieOrder)] = [:]
        /// Records by passage and, for a stretch, its last passage.
        private var records: [Key: PassageRecord] = [:]

        private struct Key: Hashable {
            var id: Int64
            var through: Int64?
        }

        init(foldsCopies: Bool) {
            self.foldsCopies = foldsCopies
        }

        /// The order of `run` (passages of one score) when it was kept.
        fileprivate func order(of run: [RankedPassage]) -> TieOrder? {
            guard let score = run.first?.bm25, let known = runs[score], known.ids.elementsEqual(run.lazy.map(\.id)) else {
                return nil
            }
            return known.order
        }

        /// Keeps the order of `run`.
        fileprivate func keep(_ order: TieOrder, of run: [RankedPassage]) {
            if let score = run.first?.bm25 { runs[score] = (run.map(\.id), order) }
        }

        /// The records of `passages`, read only where not read before.
        fileprivate func records(_ db: Database, of passages: [RankedPassage]) throws -> [(id: Int64, record: PassageRecord)] {
            let missing = passages.filter { records[Key(id: $0.id, through: $0.through)] == nil }
            let through = Dictionary(missing.map { ($0.id, $0.through) }, uniquingKeysWith: { first, _ in first })
            for (id, record) in try RankedRecords.records(db, of: missing) {
                records[Key(id: id, through: through[id] ?? nil)] = record
            }
            return passages.compactMap { passage in
                records[Key(id: passage.id, through: passage.through)].map { (passage.id, $0) }
            }
        }
    }
}
