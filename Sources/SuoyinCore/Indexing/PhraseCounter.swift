/// Counts distinct passages per 64-bit key in an open-addressing table:
/// the sample counting of ``PhraseCandidates``, where a dictionary's hashing
/// cost more than the counting.
struct PhraseCounter {
    private var keys: [UInt64]
    private var counts: [Int32]
    private var lastPassages: [Int32]
    private var mask: Int
    private(set) var count = 0
    private static let empty = UInt64.max

    init(capacity: Int = 1 << 16) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: Self.empty, count: size)
        counts = Array(repeating: 0, count: size)
        lastPassages = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// Counts `key` once for `passage` (passages come in order).
    @inline(__always)
    mutating func add(_ key: UInt64, passage: Int32) {
        var slot = Self.hash(key) & mask
        while true {
            let found = keys[slot]
            if found == key {
                if lastPassages[slot] != passage {
                    lastPassages[slot] = passage
                    counts[slot] += 1
                }
                return
            }
            if found == Self.empty { break }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        counts[slot] = 1
        lastPassages[slot] = passage
        count += 1
        if count * 2 > keys.count { grow() }
    }

    /// How many passages `key` was counted for.
    @inline(__always)
    func passages(_ key: UInt64) -> Int {
        var slot = Self.hash(key) & mask
        while true {
            let found = keys[slot]
            if found == key { return Int(counts[slot]) }
            if found == Self.empty { return 0 }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    private mutating func grow() {
        let old = (keys, counts, lastPassages)
        keys = Array(repeating: Self.empty, count: old.0.count * 2)
        counts = Array(repeating: 0, count: old.0.count * 2)
        lastPassages = Array(repeating: -1, count: old.0.count * 2)
        mask = keys.count - 1
        for index in old.0.indices where old.0[index] != Self.empty {
            var slot = Self.hash(old.0[index]) & mask
            while keys[slot] != Self.empty { slot = (slot + 1) & mask }
            keys[slot] = old.0[index]
            counts[slot] = old.1[index]
            lastPassages[slot] = old.2[index]
        }
    }
}
