import Testing
import TestSupport
@testable import TextAnalysis

@Suite("OpenAddressingTable")
struct OpenAddressingTableTests {
    @Test("insert, update and look up")
    func basics() {
        var table = OpenAddressingTable<Int32>(vacant: -1)
        #expect(table.value(for: 42) == nil)
        table.update(42, inserting: 1) { $0 += 1 }
        #expect(table.value(for: 42) == 1)
        table.update(42, inserting: 1) { $0 += 1 }
        #expect(table.value(for: 42) == 2)
        table.insert(7, for: 42)
        #expect(table.value(for: 42) == 7)
        table.insert(0, for: 0)  // zero is a key like any other
        #expect(table.value(for: 0) == 0)
        #expect(table.count == 2)
        #expect(table.value(for: 43) == nil)
    }

    @Test("agrees with a Dictionary through many growths, colliding keys included (seeded)")
    func agreesWithDictionary() {
        var random = SplitMix64(seed: 0x7461_626C)
        var table = OpenAddressingTable<Int>(capacity: 1, vacant: 0)
        var reference: [UInt64: Int] = [:]
        for step in 0..<20_000 {
            // Half the keys from a small range, so updates are frequent; keys that
            // differ only in high bits, so slots collide; and random ones.
            let key: UInt64 = switch step % 3 {
            case 0: random.next() % 500
            case 1: (random.next() % 64) << 40
            default: random.next() % (UInt64.max - 1)
            }
            table.update(key, inserting: 1) { $0 += 1 }
            reference[key, default: 0] += 1
        }
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table.value(for: key) == value) }
        for _ in 0..<1000 {
            let key = random.next() % (UInt64.max - 1)
            #expect(table.value(for: key) == reference[key])
        }
    }
}
