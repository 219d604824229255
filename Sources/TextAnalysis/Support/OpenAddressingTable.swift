/// A hash table from 64-bit keys to 32-bit values (a node, an index into the
/// caller's arrays), with open addressing and linear probing: the counting
/// and phrase tries of indexing, where a `Dictionary`'s hashing cost more
/// than the work it served.
///
/// Slots are found by Fibonacci hashing (the key times 2⁶⁴/φ, high bits) and
/// the table doubles when it is half full, so a lookup is one or two memory
/// reads. `UInt64.max` marks a free slot and cannot be a key.
///
/// Public, not `package`, and not generic: this toolchain inlines
/// `@inlinable` code across modules only when it is public, and the phrase
/// trie's walk while indexing (in SuoyinCore) ran at half speed when each
/// lookup was a call.
///
/// For example:
/// ```swift
/// var table = OpenAddressingTable()
/// table.insert(7, for: 42)
/// table.value(for: 42)   // 7
/// table.value(for: 43)   // nil
/// ```
public struct OpenAddressingTable {
    /// The key of a free slot.
    @inlinable static var empty: UInt64 { .max }

    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Int32]
    @usableFromInline var mask: Int
    @usableFromInline var storedCount = 0

    /// The number of keys stored.
    public var count: Int { storedCount }

    /// An empty table with room for `capacity` keys before it grows.
    public init(capacity: Int = 512) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: Self.empty, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The value of `key`, if stored.
    @inlinable @inline(__always)
    public func value(for key: UInt64) -> Int32? {
        var slot = Self.slot(of: key, mask: mask)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` for `key`, replacing any value it had.
    @inlinable
    public mutating func insert(_ value: Int32, for key: UInt64) {
        var slot = Self.slot(of: key, mask: mask)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] = value }
            if found == Self.empty { break }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        storedCount += 1
        if storedCount * 2 > keys.count { grow() }
    }

    @inlinable @inline(__always)
    static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    @usableFromInline
    mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for index in oldKeys.indices where oldKeys[index] != Self.empty {
            var slot = Self.slot(of: oldKeys[index], mask: mask)
            while keys[slot] != Self.empty { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[index]
            values[slot] = oldValues[index]
        }
    }
}
