/// The runs of CJK characters in a text, folded: exactly the runs that
/// ``BigramTokenizer`` turns into bigrams, so counting a phrase in them
/// counts its occurrences as FTS5 matches them.
///
/// Works on UTF-16, the form the index stores passages in; a lone
/// surrogate is a separator, as an invalid byte is to the tokenizer.
public enum HanRuns {
    /// Calls `body` with each run of folded CJK code points of `text`, in order.
    ///
    /// `buffer` is scratch space, reused between calls to avoid allocating.
    @inline(__always)
    public static func forEach(
        in text: UnsafeBufferPointer<UInt16>, buffer: inout [UInt32], _ body: (UnsafeBufferPointer<UInt32>) -> Void
    ) {
        buffer.removeAll(keepingCapacity: true)
        let table = CharacterFolding.table
        let count = text.count
        var index = 0
        while index < count {
            var value = UInt32(text[index])
            index += 1
            if value & 0xF800 == 0xD800 {
                if value < 0xDC00, index < count, text[index] & 0xFC00 == 0xDC00 {
                    value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(text[index]) - 0xDC00)
                    index += 1
                } else {
                    value = 0xFFFD
                }
            }
            let folded = value < CharacterFolding.tableBound ? table[Int(value)] : value
            if CharacterClass(folded) == .cjk {
                buffer.append(folded)
            } else if !buffer.isEmpty {
                buffer.withUnsafeBufferPointer(body)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { buffer.withUnsafeBufferPointer(body) }
    }
}

extension HanRuns {
    /// Calls `body` with each run of folded CJK code points of UTF-8 `text`,
    /// in order; an invalid byte is a separator, as it is to the tokenizer.
    @inline(__always)
    public static func forEach(
        inUTF8 text: UnsafeBufferPointer<UInt8>, buffer: inout [UInt32], _ body: (UnsafeBufferPointer<UInt32>) -> Void
    ) {
        buffer.removeAll(keepingCapacity: true)
        let table = CharacterFolding.table
        var index = 0
        while index < text.count {
            let (value, length) = UTF8Decoding.scalar(in: text, at: index)
            index += length
            let folded = value < CharacterFolding.tableBound ? table[Int(value)] : value
            if value != UTF8Decoding.invalid, CharacterClass(folded) == .cjk {
                buffer.append(folded)
            } else if !buffer.isEmpty {
                buffer.withUnsafeBufferPointer(body)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { buffer.withUnsafeBufferPointer(body) }
    }
}
