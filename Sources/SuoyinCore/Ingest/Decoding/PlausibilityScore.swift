import TextAnalysis

/// How much a decoding looks like Chinese text: the mean ``ScalarCategory`` weight of its
/// non-ASCII characters, from -3 (all replacements) to 1 (all common Han and punctuation).
///
/// ASCII is left out because every candidate decodes it the same way. Real GB18030 or Big5
/// text scores near 1; the same bytes read in the other encoding land on private-use
/// characters, kana, rare Han and replacements, and score far lower.
struct PlausibilityScore: Comparable, Sendable {
    /// The sum of the weights.
    private(set) var total: Double = 0
    /// How many non-ASCII characters were weighed.
    private(set) var count = 0

    /// The mean weight, or 0 for text without non-ASCII characters.
    var value: Double {
        count == 0 ? 0 : total / Double(count)
    }

    /// Scores valid UTF-8.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        while i < bytes.count {
            let (value, length) = UTF8Decoding.scalar(in: bytes, at: i)
            i += length
            guard value >= 0x80 else { continue }
            // The decoders write valid UTF-8; were a sequence invalid, it would count as U+FFFD.
            total += ScalarCategory(value == UTF8Decoding.invalid ? 0xFFFD : value).weight
            count += 1
        }
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.value < rhs.value
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.value == rhs.value
    }
}
