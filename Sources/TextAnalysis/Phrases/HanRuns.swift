/// The runs of CJK characters in a text, folded: exactly the runs that
/// ``BigramTokenizer`` turns into bigrams, so counting a phrase in them
/// counts its occurrences as FTS5 matches them.
///
/// Works on UTF-16, the form the index stores passages in, and on UTF-8, the
/// form the indexer reads; a lone surrogate or an invalid byte sequence is a
/// separator, as it is to the tokenizer. Both forms go through one loop.
public enum HanRuns {
    /// Calls `body` with each run of folded CJK code points of UTF-16 `text`, in order.
    ///
    /// `buffer` is scratch space, reused between calls to avoid allocating.
    @inline(__always)
    public static func forEach(
        in text: UnsafeBufferPointer<UInt16>, buffer: inout [UInt32], _ body: (UnsafeBufferPointer<UInt32>) -> Void
    ) {
        forEach(count: text.count, buffer: &buffer, body) { UTF16Decoding.scalar(in: text, at: $0) }
    }

    /// Calls `body` with each run of folded CJK code points of UTF-8 `text`, in order.
    @inline(__always)
    public static func forEach(
        inUTF8 text: UnsafeBufferPointer<UInt8>, buffer: inout [UInt32], _ body: (UnsafeBufferPointer<UInt32>) -> Void
    ) {
        forEach(count: text.count, buffer: &buffer, body) { UTF8Decoding.scalar(in: text, at: $0) }
    }

    /// The one splitting loop: `decode(index)` gives the scalar at `index`
    /// of a text of `count` units and its length in units.
    @inline(__always)
    private static func forEach(
        count: Int, buffer: inout [UInt32], _ body: (UnsafeBufferPointer<UInt32>) -> Void,
        decode: (Int) -> (UInt32, Int)
    ) {
        buffer.removeAll(keepingCapacity: true)
        let table = CharacterFolding.table
        var index = 0
        while index < count {
            let (value, length) = decode(index)
            index += length
            let folded = CharacterFolding.fold(value, in: table)
            if CharacterClass(decoded: value, folded: folded) == .cjk {
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
    /// The key of a run of folded characters wherever the index stores
    /// something per phrase (phrase lists, dense phrases): its UTF-8. The
    /// writer keys what it counted on runs, the reader keys a query's
    /// ``AnalyzedPhrase/hanRun``, and both must agree byte for byte.
    package static func key(of run: some Collection<UInt32>) -> [UInt8] {
        UTF8Decoding.bytes(of: run)
    }
}
