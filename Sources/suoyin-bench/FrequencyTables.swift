import TextAnalysis

/// How often each Han character and each adjacent pair occur in the folded
/// passages, and, in a sample of passages, each run of three and four.
///
/// Only characters of ``HanBlock`` count; anything else ends a run, as
/// separators end runs in the tokenizer. The queries are picked from these
/// tables.
struct FrequencyTables {
    /// About this many characters are sampled for 3- and 4-character runs.
    static let sampleCharacters = 3_000_000

    /// `characters[i]`: occurrences of the block's `i`-th character.
    private(set) var characters: [Int]
    /// Occurrences of each pair, keyed by ``key(_:)``.
    private(set) var bigrams: [UInt64: Int32] = [:]
    /// Occurrences in the sample of each run of 3 and of 4.
    private(set) var trigrams: [UInt64: Int32] = [:]
    private(set) var fourgrams: [UInt64: Int32] = [:]
    private(set) var hanCharacters = 0

    init(passages: FoldedPassages) {
        characters = [Int](repeating: 0, count: HanBlock.count)
        let total = passages.bytes.count / 3
        let sampleEvery = max(1, total / Self.sampleCharacters)
        passages.bytes.withUnsafeBufferPointer { bytes in
            for passage in 0..<passages.count {
                count(bytes, from: passages.starts[passage], to: passages.starts[passage + 1],
                      sampling: passage % sampleEvery == 0)
            }
        }
    }

    /// Counts the runs of one passage; `last` holds the block indexes of the
    /// run's most recent characters, newest first.
    private mutating func count(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, sampling: Bool) {
        var last: [Int] = []
        var index = start
        while index < end {
            let (codePoint, length) = UTF8Decoding.scalar(in: bytes, at: index)
            index += length
            guard HanBlock.contains(codePoint) else {
                last.removeAll(keepingCapacity: true)
                continue
            }
            let character = HanBlock.index(of: codePoint)
            characters[character] += 1
            hanCharacters += 1
            last.insert(character, at: 0)
            if last.count > 4 { last.removeLast() }
            if last.count >= 2 { bigrams[Self.key(last[0..<2].reversed()), default: 0] += 1 }
            if sampling, last.count >= 3 { trigrams[Self.key(last[0..<3].reversed()), default: 0] += 1 }
            if sampling, last.count >= 4 { fourgrams[Self.key(last[0..<4].reversed()), default: 0] += 1 }
        }
    }

    /// Packs up to four block indexes (15 bits each) into one key.
    static func key(_ run: some Sequence<Int>) -> UInt64 {
        run.reduce(UInt64(0)) { $0 << 15 | UInt64($1) }
    }

    /// The characters of a key packed from `length` indexes.
    static func string(ofKey key: UInt64, length: Int) -> String {
        HanBlock.string((0..<length).reversed().map { HanBlock.character(at: Int((key >> (15 * UInt64($0))) & 0x7FFF)) })
    }

    /// One character or run with its count.
    typealias Entry = (text: String, count: Int)

    /// The characters as a table keyed like the others.
    var characterTable: [UInt64: Int32] {
        var table: [UInt64: Int32] = [:]
        for (index, count) in characters.enumerated() where count > 0 { table[UInt64(index)] = Int32(count) }
        return table
    }

    /// The `limit` most frequent entries of a table of runs of `length`
    /// (ties by key, so the choice is the same on every run).
    static func mostFrequent(_ table: [UInt64: Int32], length: Int, limit: Int) -> [Entry] {
        table.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit).map { (string(ofKey: $0.key, length: length), Int($0.value)) }
    }

    /// Up to `limit` entries whose count is nearest `target`, nearest first.
    ///
    /// Ties go by a scrambled key, so that the picks spread over the
    /// alphabet instead of all starting with the lowest code point (一…).
    static func nearest(_ table: [UInt64: Int32], length: Int, to target: Int, limit: Int) -> [Entry] {
        func distance(_ count: Int32) -> Int { abs(Int(count) - target) }
        func scrambled(_ key: UInt64) -> UInt64 { (key &+ 1) &* 0x9E37_79B9_7F4A_7C15 }
        return table.sorted { a, b in
            distance(a.value) != distance(b.value) ? distance(a.value) < distance(b.value) : scrambled(a.key) < scrambled(b.key)
        }
        .prefix(limit).map { (string(ofKey: $0.key, length: length), Int($0.value)) }
    }
}
