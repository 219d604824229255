/// UTF-8 produced by one of the decoders, and how many bad input sequences became U+FFFD.
struct DecodedBytes {
    /// Valid UTF-8: every decoder writes whole scalars or U+FFFD.
    var utf8: [UInt8]
    /// How many invalid or unmappable input sequences were replaced with U+FFFD.
    var replacements: Int

    /// The number of Unicode scalars, U+FFFD included.
    var scalarCount: Int {
        // Every scalar has exactly one byte that is not a continuation byte (10xxxxxx).
        utf8.withUnsafeBufferPointer { buffer in
            var count = 0
            for byte in buffer where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// Whether the text contains U+0000, which no text file in these encodings does.
    var containsNUL: Bool {
        utf8.withUnsafeBufferPointer { BinarySniffer.containsNUL($0) }
    }

    /// The share of the scalars that are replacements; counted only when there are any,
    /// since counting scalars is a pass over the whole text.
    var replacementShare: Double {
        replacements == 0 ? 0 : Double(replacements) / Double(scalarCount)
    }

    /// The text as a String.
    func makeString() -> String {
        String(decoding: utf8, as: UTF8.self)
    }
}
