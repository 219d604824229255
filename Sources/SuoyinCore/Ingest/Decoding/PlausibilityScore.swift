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
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            // The bytes are valid UTF-8, so the lead byte alone gives the length.
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = UInt32(lead) & (0x7F >> length)
            for k in 1..<min(length, bytes.count - i) {
                value = value << 6 | UInt32(bytes[i + k] & 0x3F)
            }
            total += ScalarCategory(value).weight
            count += 1
            i += length
        }
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.value < rhs.value
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.value == rhs.value
    }
}
