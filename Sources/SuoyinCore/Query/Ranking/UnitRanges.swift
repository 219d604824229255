import GRDB

/// The units a ``ScopedEvaluation`` combines matches in, as sorted ranges
/// of passage ids: the split lines (a passage outside them is a paragraph
/// alone) or the documents. A unit is named by its first passage id.
struct UnitRanges {
    private var lowers: [Int64] = []
    private var uppers: [Int64] = []

    /// The lines cut into several passages (``SplitLines``).
    init(paragraphsIn db: Database) throws {
        for range in try SplitLines.ranges(db) {
            lowers.append(range.lowerBound)
            uppers.append(range.upperBound)
        }
    }

    /// The documents.
    init(documentsIn db: Database) throws {
        for row in try Row.fetchAll(db, sql: """
            SELECT firstPassage, lastPassage FROM documents WHERE lastPassage >= firstPassage ORDER BY firstPassage
            """) {
            lowers.append(row[0])
            uppers.append(row[1])
        }
    }

    /// The unit of each of `ids` (ascending), in one pass: its range's
    /// first id, or the id itself outside every range.
    func units(of ids: [Int64]) -> [Int64] {
        var range = 0
        return ids.map { id in
            while range < uppers.count && uppers[range] < id { range += 1 }
            return range < lowers.count && lowers[range] <= id ? lowers[range] : id
        }
    }

    /// The stretches of one range's passages from a passage with an id of
    /// `a` to a later one with an id of `b`, or the reverse (both ascending),
    /// whose passages strictly between hold at most `gap` terms in all
    /// (`length` gives a passage's): where a pair of them may stand within
    /// `gap` characters of each other across passages. Each once, ascending.
    func stretches(_ a: [Int64], _ b: [Int64], gap: Int, length: (Int64) -> Int) -> [ClosedRange<Int64>] {
        var found = Set<ClosedRange<Int64>>()
        for (ids, others) in [(a, b), (b, a)] {
            var range = 0
            for id in ids {
                while range < uppers.count && uppers[range] < id { range += 1 }
                guard range < lowers.count, lowers[range] <= id else { continue }
                var between = 0
                var next = id + 1
                while next <= uppers[range] && between <= gap {
                    if SortedKeys.contains(others, next) { found.insert(id...next) }
                    between += length(next)
                    next += 1
                }
            }
        }
        return found.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    }

    /// The range holding `id`, nil when none does.
    func range(containing id: Int64) -> ClosedRange<Int64>? {
        var low = 0
        var high = lowers.count
        while low < high {
            let middle = (low + high) / 2
            if lowers[middle] <= id { low = middle + 1 } else { high = middle }
        }
        return low > 0 && id <= uppers[low - 1] ? lowers[low - 1]...uppers[low - 1] : nil
    }
}

/// Set operations on ascending arrays of ids without repeats.
enum SortedKeys {
    /// `keys` (ascending, maybe with repeats) without repeats.
    static func unique(_ keys: [Int64]) -> [Int64] {
        var result: [Int64] = []
        result.reserveCapacity(keys.count)
        for key in keys where result.last != key { result.append(key) }
        return result
    }

    /// Whether ascending `keys` holds `key`.
    static func contains(_ keys: [Int64], _ key: Int64) -> Bool {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }

    static func intersection(_ a: [Int64], _ b: [Int64]) -> [Int64] {
        var result: [Int64] = []
        var (i, j) = (0, 0)
        while i < a.count && j < b.count {
            if a[i] < b[j] { i += 1 } else if b[j] < a[i] { j += 1 } else { result.append(a[i]); i += 1; j += 1 }
        }
        return result
    }

    static func union(_ a: [Int64], _ b: [Int64]) -> [Int64] {
        var result: [Int64] = []
        result.reserveCapacity(a.count + b.count)
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) { result.append(a[i]); i += 1 }
            else if i == a.count || b[j] < a[i] { result.append(b[j]); j += 1 }
            else { result.append(a[i]); i += 1; j += 1 }
        }
        return result
    }

    static func subtraction(_ a: [Int64], _ b: [Int64]) -> [Int64] {
        var result: [Int64] = []
        var j = 0
        for key in a {
            while j < b.count && b[j] < key { j += 1 }
            if j == b.count || b[j] != key { result.append(key) }
        }
        return result
    }
}
