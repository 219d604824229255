import TextAnalysis

/// Counts distinct passages per 64-bit key in an ``OpenAddressingTable``:
/// the sample counting of ``PhraseCandidates``, where a dictionary's hashing
/// cost more than the counting.
struct PhraseCounter {
    /// A key's count and the last passage it was counted for.
    private struct Tally {
        var passages: Int32
        var lastPassage: Int32
    }

    private var table: OpenAddressingTable<Tally>

    /// The number of distinct keys counted.
    var count: Int { table.count }

    init(capacity: Int = 1 << 16) {
        table = OpenAddressingTable(capacity: capacity, vacant: Tally(passages: 0, lastPassage: -1))
    }

    /// Counts `key` once for `passage` (passages come in order).
    @inline(__always)
    mutating func add(_ key: UInt64, passage: Int32) {
        table.update(key, inserting: Tally(passages: 1, lastPassage: passage)) { tally in
            if tally.lastPassage != passage {
                tally.lastPassage = passage
                tally.passages += 1
            }
        }
    }

    /// How many passages `key` was counted for.
    @inline(__always)
    func passages(_ key: UInt64) -> Int {
        Int(table.value(for: key)?.passages ?? 0)
    }
}
