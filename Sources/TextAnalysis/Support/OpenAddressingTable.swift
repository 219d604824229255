/// A hash table from 64-bit keys to values, with open addressing and linear
/// probing: the counting and phrase tries of indexing, where a
/// `Dictionary`'s hashing cost more than the work it served.
///
/// Slots are found by Fibonacci hashing (the key times 2⁶⁴/φ, high bits) and
/// the table doubles when it is half full, so a lookup is one or two memory
/// reads. `UInt64.max` marks a free slot and cannot be a key.
///
/// For example:
/// ```swift
/// var table = OpenAddressingTable<Int32>(vacant: -1)
/// table.update(42, inserting: 1) { $0 += 1 }   // inserts 1
/// table.update(42, inserting: 1) { $0 += 1 }   // now 2
/// table.value(for: 42)                         // 2
/// ```
package struct OpenAddressingTable<Value> {
    /// The key of a free slot.
    @inlinable static var empty: UInt64 { .max }

    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Value]
    @usableFromInline var mask: Int
    /// What free slots hold in `values`.
    @usableFromInline let vacant: Value
    @usableFromInline var storedCount = 0

    /// The number of keys stored.
    package var count: Int { storedCount }

    /// An empty table with room for `capacity` keys before it grows; free
    /// slots hold `vacant`.
    package init(capacity: Int = 512, vacant: Value) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: Self.empty, count: size)
        values = Array(repeating: vacant, count: size)
        mask = size - 1
        self.vacant = vacant
    }

    /// The value of `key`, if stored.
    @inlinable @inline(__always)
    package func value(for key: UInt64) -> Value? {
        var slot = Self.slot(of: key, mask: mask)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `initial` for `key` when it is new, else calls `update` on its value.
    @inlinable @inline(__always)
    package mutating func update(_ key: UInt64, inserting initial: Value, _ update: (inout Value) -> Void) {
        var slot = Self.slot(of: key, mask: mask)
        while true {
            let found = keys[slot]
            if found == key { return update(&values[slot]) }
            if found == Self.empty { break }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = initial
        storedCount += 1
        if storedCount * 2 > keys.count { grow() }
    }

    /// Stores `value` for `key`, replacing any value it had.
    @inlinable
    package mutating func insert(_ value: Value, for key: UInt64) {
        update(key, inserting: value) { $0 = value }
    }

    @inlinable @inline(__always)
    static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    @usableFromInline
    mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        values = Array(repeating: vacant, count: oldKeys.count * 2)
        mask = keys.count - 1
        for index in oldKeys.indices where oldKeys[index] != Self.empty {
            var slot = Self.slot(of: oldKeys[index], mask: mask)
            while keys[slot] != Self.empty { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[index]
            values[slot] = oldValues[index]
        }
    }
}
