import TextAnalysis

/// Counts distinct passages per 64-bit key: the sample counting of
/// ``PhraseCandidates``, where a dictionary's hashing cost more than the
/// counting. An ``OpenAddressingTable`` gives each key its index in the two
/// arrays of counts.
struct PhraseCounter {
    private var indexes: OpenAddressingTable
    /// By key index: how many passages, and the last passage counted.
    private var counts: [Int32] = []
    private var lastPassages: [Int32] = []

    /// The number of distinct keys counted.
    var count: Int { counts.count }

    init(capacity: Int = 1 << 16) {
        indexes = OpenAddressingTable(capacity: capacity)
    }

    /// Counts `key` once for `passage` (passages come in order).
    @inline(__always)
    mutating func add(_ key: UInt64, passage: Int32) {
        guard let index = indexes.value(for: key).map(Int.init) else {
            indexes.insert(Int32(counts.count), for: key)
            counts.append(1)
            lastPassages.append(passage)
            return
        }
        if lastPassages[index] != passage {
            lastPassages[index] = passage
            counts[index] += 1
        }
    }

    /// How many passages `key` was counted for.
    @inline(__always)
    func passages(_ key: UInt64) -> Int {
        indexes.value(for: key).map { Int(counts[Int($0)]) } ?? 0
    }
}
