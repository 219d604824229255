import Foundation

/// A frequent phrase's number of occurrences in every passage, two bits a
/// passage indexed by id — 0, 1, 2, or 3 for "3 or more", whose exact
/// counts are kept aside — so that an `AND` query can take the phrase's
/// frequency from memory instead of making FTS5 step through its doclist
/// (see ``DensePhrases``).
///
/// For example, for ids 0…4 with frequencies 0, 1, 5, 0, 2 the bits hold
/// 0, 1, 3, 0, 2 and the exceptions `[2: 5]`.
struct DenseFrequencies: Equatable {
    /// Four passages a byte, lowest bits first.
    private(set) var packed: [UInt8]
    /// Frequencies of 3 or more, by passage id.
    private(set) var exceptions: [Int64: Int]

    /// Frequencies from (passage id, frequency) pairs; other ids have 0.
    init(_ frequencies: some Sequence<(id: Int64, frequency: Int)>, passages: Int) {
        packed = []
        exceptions = [:]
        add(frequencies, passages: passages)
    }

    /// Makes room for ids below `passages` (new ones at 0) and records
    /// `frequencies` of passages that had none (added since), as
    /// ``DensePhrases`` does for a batch that only adds documents.
    mutating func add(_ frequencies: some Sequence<(id: Int64, frequency: Int)>, passages: Int) {
        let bytes = (passages + 3) / 4
        if packed.count < bytes { packed += repeatElement(0, count: bytes - packed.count) }
        for (id, frequency) in frequencies where id >= 0 && id < passages && frequency > 0 {
            packed[Int(id) >> 2] |= UInt8(min(frequency, 3)) << (2 * (UInt8(id & 3)))
            if frequency >= 3 { exceptions[id] = frequency }
        }
    }

    /// Equal when every passage has the same frequency in both (bytes of
    /// zeros past the end of one, left by removed passages, are no difference).
    static func == (lhs: DenseFrequencies, rhs: DenseFrequencies) -> Bool {
        guard lhs.exceptions == rhs.exceptions else { return false }
        let (shorter, longer) = lhs.packed.count <= rhs.packed.count ? (lhs.packed, rhs.packed) : (rhs.packed, lhs.packed)
        return longer.prefix(shorter.count).elementsEqual(shorter) && longer.dropFirst(shorter.count).allSatisfy { $0 == 0 }
    }

    /// Sets the frequencies of `ids` to 0: their passages were removed
    /// (``PhraseListRemoval``), and a passage added later may take an id again.
    mutating func remove(_ ids: some Sequence<Int64>) {
        for id in ids where id >= 0 && Int(id >> 2) < packed.count {
            packed[Int(id >> 2)] &= ~(UInt8(3) << (2 * UInt8(id & 3)))
            exceptions[id] = nil
        }
    }

    /// The frequency of the phrase in passage `id`.
    @inline(__always)
    func frequency(of id: Int64) -> Int {
        guard id >= 0, Int(id >> 2) < packed.count else { return 0 }
        let bits = Int(packed[Int(id >> 2)] >> (2 * UInt8(id & 3)) & 3)
        return bits == 3 ? exceptions[id] ?? 3 : bits
    }

    /// Calls `body` with each id in `range` whose frequency is above 0, and
    /// that frequency, ascending; whole bytes of zeros are skipped at once.
    func forEachOccurrence(in range: ClosedRange<Int64>, _ body: (Int64, Int) -> Void) {
        let end = min(range.upperBound, Int64(packed.count) * 4 - 1)
        var id = max(range.lowerBound, 0)
        while id <= end {
            if id & 3 == 0 && packed[Int(id >> 2)] == 0 {
                id += 4
                continue
            }
            let frequency = frequency(of: id)
            if frequency > 0 { body(id, frequency) }
            id += 1
        }
    }

    /// The exceptions as stored: varints of each id's distance from the last, and its frequency.
    var encodedExceptions: Data {
        var bytes: [UInt8] = []
        var last: Int64 = 0
        for id in exceptions.keys.sorted() {
            Varint.append(Int(id - last), to: &bytes)
            Varint.append(exceptions[id]!, to: &bytes)
            last = id
        }
        return Data(bytes)
    }

    /// Decodes stored frequencies; nil when the exceptions are damaged.
    init?(packed: Data, exceptions data: Data) {
        self.packed = Array(packed)
        var exceptions: [Int64: Int] = [:]
        let decoded: Bool = data.withUnsafeBytes { bytes in
            var offset = 0
            var id: Int64 = 0
            while offset < bytes.count {
                guard let step = Varint.read(bytes, at: &offset), let frequency = Varint.read(bytes, at: &offset),
                      frequency >= 3, Int64(step) <= Int64.max - id else { return false }
                id += Int64(step)
                exceptions[id] = frequency
            }
            return true
        }
        guard decoded else { return nil }
        self.exceptions = exceptions
    }
}
