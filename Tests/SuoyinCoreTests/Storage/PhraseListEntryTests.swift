import Foundation
import Testing
@testable import SuoyinCore

/// A phrase list entry is stored as varints — bucket count, then each
/// bucket's frequency, total and passage count followed by each passage's
/// length and id — and decodes back to the same entry; bytes that are not
/// exactly one entry decode to nil.
@Suite("PhraseListEntry encoding")
struct PhraseListEntryTests {
    private typealias Bucket = PhraseListEntry.Bucket

    @Test("entries encode to these bytes")
    func bytes() {
        let empty = PhraseListEntry(documentFrequency: 0, buckets: [])
        #expect(Array(empty.encoded) == [0])
        let one = PhraseListEntry(documentFrequency: 2, buckets: [
            Bucket(frequency: 1, total: 2, passages: [(length: 5, id: 1), (length: 7, id: 3)]),
        ])
        //                         buckets freq total count len id len id
        #expect(Array(one.encoded) == [1, 1, 2, 2, 5, 1, 7, 3])
        let wide = PhraseListEntry(documentFrequency: 1, buckets: [
            Bucket(frequency: 300, total: 128, passages: [(length: 60_000, id: 1 << 40)]),
        ])
        // 300 = 0b10_0101100, 128 = 0b1_0000000, 60000 = 0b11_1010100_1100000, 2⁴⁰ = 40 zero bits and a one.
        #expect(Array(wide.encoded) == [1, 0xAC, 0x02, 0x80, 0x01, 1, 0xE0, 0xD4, 0x03, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20])
    }

    @Test("decoding gives back the entry that was encoded", arguments: [
        PhraseListEntry(documentFrequency: 0, buckets: []),
        PhraseListEntry(documentFrequency: 2, buckets: [
            Bucket(frequency: 1, total: 2, passages: [(length: 5, id: 1), (length: 7, id: 3)]),
        ]),
        // A cut bucket: 100 passages had the frequency, 16 were kept.
        PhraseListEntry(documentFrequency: 103, buckets: [
            Bucket(frequency: 1, total: 100, passages: (0..<16).map { (length: 10 + $0, id: Int64(1000 + $0)) }),
            Bucket(frequency: 2, total: 3, passages: [(1, 4), (2, 5), (3, 6)]),
        ]),
        // Large lengths and ids, a frequency beyond the directly indexed ones.
        PhraseListEntry(documentFrequency: 1, buckets: [
            Bucket(frequency: 300, total: 1, passages: [(length: 60_000, id: 1 << 40)]),
            Bucket(frequency: 65_535, total: 2, passages: [(length: 65_535, id: Int64.max)]),
        ]),
    ])
    func roundTrip(entry: PhraseListEntry) {
        #expect(PhraseListEntry(documentFrequency: entry.documentFrequency, encoded: entry.encoded) == entry)
    }

    @Test("bytes that are not exactly one entry decode to nil", arguments: [
        [],                            // no bucket count
        [1],                           // a bucket announced, none there
        [1, 1, 2, 2, 5, 1, 7],         // the last id cut off
        [1, 1, 2, 2, 5, 1, 7, 3, 0],   // a byte left over
        [0, 0],                        // a byte after the empty entry
        [1, 1, 2, 3, 5, 1, 7, 3],      // more passages kept than the bucket's total
        [1, 0x80],                     // a varint that never ends
        [0xFF, 0xFF, 0xFF, 0x7F],      // 268 million buckets announced, none there
    ] as [[UInt8]])
    func garbage(bytes: [UInt8]) {
        #expect(PhraseListEntry(documentFrequency: 1, encoded: Data(bytes)) == nil)
    }

    @Test("a count of 2⁶⁴ − 1 decodes to nil rather than trapping")
    func hugeCount() async {
        // Ten varint bytes that read as UInt64.max, which Int(truncatingIfNeeded:) makes −1: `0..<count` must not trap.
        await #expect(processExitsWith: .success) {
            let bytes: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]
            #expect(PhraseListEntry(documentFrequency: 1, encoded: Data(bytes)) == nil)
        }
        // The same as a bucket's passage count, which passes the check against its total.
        await #expect(processExitsWith: .success) {
            let bytes: [UInt8] = [1, 1, 2, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]
            #expect(PhraseListEntry(documentFrequency: 1, encoded: Data(bytes)) == nil)
        }
    }
}

extension PhraseListEntry: CustomTestStringConvertible {
    public var testDescription: String {
        "df \(documentFrequency): " + buckets.map { bucket in
            "\(bucket.frequency)×\(bucket.total) " + bucket.passages.map { "\($0.length)@\($0.id)" }.joined(separator: ",")
        }.joined(separator: "; ")
    }
}
