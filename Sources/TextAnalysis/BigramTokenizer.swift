/// Splits UTF-8 text into the terms Suoyin indexes, with byte ranges in the
/// original text.
///
/// The rules, for documents and queries alike:
/// - Every code point is folded first (``CharacterFolding``); its class
///   (``CharacterClass``) is that of the folded code point.
/// - A run of CJK characters becomes overlapping bigrams of folded
///   characters: `中文检索` → `中文`, `文检`, `检索`.
/// - A run of word characters becomes one lower-cased word: `GDP2022` → `gdp2022`.
/// - Separators produce nothing and end runs; bigrams never cross a
///   separator or a change of class (`2022年` → `2022`, `年`).
/// - A CJK character with no CJK neighbour is emitted as a unigram.
/// - In document mode, the last character of every CJK run of two or more
///   is also emitted as a unigram colocated with the run's last bigram
///   (`FTS5_TOKEN_COLOCATED`). Every character of a document is thus the
///   first character of some term, so a one-character query can be the
///   prefix query `"法"*`, and a query that ends in a lone CJK character
///   (`2022年`) can end in a prefix.
/// - In query mode, no colocated unigrams are emitted.
///
/// Byte ranges: a bigram covers both source characters, a unigram or word
/// its own source characters. Ranges always lie on scalar boundaries of the
/// input. Invalid UTF-8 bytes are treated as separators, one byte each.
public struct BigramTokenizer: Sendable {
    /// Why text is being tokenized.
    public enum Mode: Sendable { case document, query }

    /// Words longer than this many bytes are cut (at a scalar boundary), so a
    /// pathological run cannot make a huge term. Documents and queries are cut alike.
    public static let maximumWordBytes = 128

    public init() {}

    /// Calls `emit(term, start, end, colocated)` for every term of `text`;
    /// `start..<end` is the term's byte range in `text`. A non-zero return
    /// from `emit` stops tokenizing and is returned.
    ///
    /// The term buffer is only valid during the call to `emit`.
    @inline(__always)
    public func tokenize(
        _ text: UnsafeBufferPointer<UInt8>,
        mode: Mode,
        emit: (UnsafeBufferPointer<UInt8>, Int, Int, Bool) -> Int32
    ) -> Int32 {
        // Invariant at the top of the loop: `index` is the start of the next
        // scalar; `runClass` is the class of the run in progress (separator
        // when none); for a CJK run `previous*` describe its last character
        // and `runLength` counts its characters; for a word run `word` holds
        // its folded bytes and `wordStart` its first byte.
        let table = CharacterFolding.table
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maximumWordBytes + 8) { buffer in
            let term = buffer.baseAddress!
            var index = 0
            var runClass = CharacterClass.separator
            var runLength = 0
            var previousBytes: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
            var previousCount = 0
            var previousStart = 0
            var previousEnd = 0
            var wordLength = 0
            var wordStart = 0
            var wordEnd = 0
            let count = text.count

            func finishRun() -> Int32 {
                switch runClass {
                case .cjk:
                    let isLone = runLength == 1
                    if isLone || mode == .document {
                        withUnsafeBytes(of: previousBytes) { bytes in
                            for i in 0..<previousCount { term[i] = bytes[i] }
                        }
                        let result = emit(UnsafeBufferPointer(start: term, count: previousCount),
                                          previousStart, previousEnd, !isLone)
                        if result != 0 { return result }
                    }
                case .word:
                    let result = emit(UnsafeBufferPointer(start: term, count: wordLength), wordStart, wordEnd, false)
                    if result != 0 { return result }
                case .separator:
                    break
                }
                runClass = .separator
                return 0
            }

            while index < count {
                let start = index
                let (decoded, length) = UTF8Decoding.scalar(in: text, at: index)
                index += length
                let folded = decoded < CharacterFolding.tableBound ? table[Int(decoded)] : decoded
                let cls = decoded == UTF8Decoding.invalid ? CharacterClass.separator : CharacterClass(folded)
                if cls != runClass {
                    let result = finishRun()
                    if result != 0 { return result }
                    runClass = cls
                    runLength = 0
                    wordLength = 0
                    wordStart = start
                }
                switch cls {
                case .separator:
                    continue
                case .word:
                    let encodedLength = UTF8Decoding.encodedLength(folded)
                    if wordLength + encodedLength <= Self.maximumWordBytes {
                        UTF8Decoding.encode(folded, into: term + wordLength)
                        wordLength += encodedLength
                        wordEnd = index
                    }
                case .cjk:
                    var bytes: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
                    let encodedLength = UTF8Decoding.encodedLength(folded)
                    withUnsafeMutableBytes(of: &bytes) { UTF8Decoding.encode(folded, into: $0.baseAddress!.assumingMemoryBound(to: UInt8.self)) }
                    if runLength > 0 {
                        withUnsafeBytes(of: previousBytes) { p in
                            for i in 0..<previousCount { term[i] = p[i] }
                        }
                        withUnsafeBytes(of: bytes) { c in
                            for i in 0..<encodedLength { term[previousCount + i] = c[i] }
                        }
                        let result = emit(UnsafeBufferPointer(start: term, count: previousCount + encodedLength),
                                          previousStart, index, false)
                        if result != 0 { return result }
                    }
                    previousBytes = bytes
                    previousCount = encodedLength
                    previousStart = start
                    previousEnd = index
                    runLength += 1
                }
            }
            return finishRun()
        }
    }
}
