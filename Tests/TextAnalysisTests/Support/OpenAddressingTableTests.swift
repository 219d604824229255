import Testing
import TestSupport
@testable import TextAnalysis

@Suite("OpenAddressingTable")
struct OpenAddressingTableTests {
    @Test("insert, replace and look up")
    func basics() {
        var table = OpenAddressingTable()
        #expect(table.value(for: 42) == nil)
        table.insert(1, for: 42)
        #expect(table.value(for: 42) == 1)
        table.insert(7, for: 42)  // replaces
        #expect(table.value(for: 42) == 7)
        table.insert(-1, for: 0)  // zero is a key like any other, and -1 a value
        #expect(table.value(for: 0) == -1)
        #expect(table.count == 2)
        #expect(table.value(for: 43) == nil)
    }

    @Test("agrees with a Dictionary through many growths, colliding keys included (seeded)")
    func agreesWithDictionary() {
        var random = SplitMix64(seed: 0x7461_626C)
        var table = OpenAddressingTable(capacity: 1)
        var reference: [UInt64: Int32] = [:]
        for step in 0..<20_000 {
            // Keys from a small range, so replacements are frequent; keys that
            // differ only in high bits, so slots collide; and random ones.
            let key: UInt64 = switch step % 3 {
            case 0: random.next() % 500
            case 1: (random.next() % 64) << 40
            default: random.next() % (UInt64.max - 1)
            }
            let value = Int32(truncatingIfNeeded: random.next())
            table.insert(value, for: key)
            reference[key] = value
        }
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table.value(for: key) == value) }
        for _ in 0..<1000 {
            let key = random.next() % (UInt64.max - 1)
            #expect(table.value(for: key) == reference[key])
        }
    }
}
