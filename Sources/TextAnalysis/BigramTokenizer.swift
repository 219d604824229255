/// Splits UTF-8 text into the terms Suoyin indexes, with byte ranges in the
/// original text.
///
/// The rules, the same for documents and queries except where noted:
/// - Every code point is folded first (``CharacterFolding``); its class
///   (``CharacterClass``) is that of the folded code point.
/// - A run of CJK characters becomes overlapping bigrams of folded
///   characters: `中文检索` → `中文 文检 检索`.
/// - A run of word characters becomes one lower-cased word: `GDP2022` → `gdp2022`.
/// - Bigrams never cross a separator or a change of class:
///   `2022年` → `2022 年`.
/// - A CJK character with no CJK neighbour is a unigram term.
/// - The last character of every CJK run of two or more is also a unigram
///   term, at the next position: `法治` → `法治 治`. Every character of a
///   document thus starts some term, so a one-character query can be the
///   prefix query `"法"*`, and a query ending in a lone CJK character
///   (`2022年`) can end in a prefix. In queries the last run gets no such
///   unigram, because the document may go on where the query stops.
/// - Separators (punctuation, spaces, symbols) between two runs become one
///   ``gap`` term. A phrase therefore matches exactly where its text occurs,
///   with any separators where the query has separators and none where it
///   has none: `法治，政府` finds `法治、政府` but not `法治政府`, and
///   `法治政府` does not find `依法治，治政府`.
///
/// Byte ranges: a bigram covers both source characters, a unigram or word
/// its own source characters, a gap its separators. Ranges always lie on
/// scalar boundaries of the input. Invalid UTF-8 bytes are separators, one
/// byte each.
public struct BigramTokenizer: Sendable {
    /// Why text is being tokenized.
    public enum Mode: Sendable { case document, query }

    /// The term that stands for the separators between two runs: one byte
    /// no text can produce, since U+0001 is a separator.
    public static let gap: UInt8 = 0x01

    /// Words longer than this many bytes are cut (at a scalar boundary), so a
    /// pathological run cannot make a huge term. Documents and queries are cut alike.
    public static let maximumWordBytes = 128

    public init() {}

    /// Calls `emit(term, start, end)` for every term of `text`, in position
    /// order; `start..<end` is the term's byte range in `text`. A non-zero
    /// return from `emit` stops tokenizing and is returned.
    ///
    /// The term buffer is only valid during the call to `emit`.
    @inline(__always)
    public func tokenize(
        _ text: UnsafeBufferPointer<UInt8>,
        mode: Mode,
        emit: (UnsafeBufferPointer<UInt8>, Int, Int) -> Int32
    ) -> Int32 {
        // Buffer layout: [0, maximumWordBytes) the term being emitted or the
        // word being built; then 4 bytes of the previous CJK character, then
        // 4 bytes of the current one.
        let previousOffset = Self.maximumWordBytes
        let currentOffset = previousOffset + 4
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: currentOffset + 4) { buffer in
            // Invariant at the top of the loop: `index` is the start of the
            // next scalar; `runClass` is the class of the run in progress
            // (separator when none). For a CJK run, the previous character's
            // folded bytes are at `previousOffset`, `runLength` counts its
            // characters. For a word run, `word*` describe the folded bytes
            // at the start of the buffer. `gapStart` is set while separators
            // follow a finished run; `trailing*` describe a query run's last
            // unigram, held back until another run follows.
            let term = buffer.baseAddress!
            let table = CharacterFolding.table
            let count = text.count
            var index = 0
            var runClass = CharacterClass.separator
            var runLength = 0
            var previousCount = 0
            var previousStart = 0
            var previousEnd = 0
            var wordLength = 0
            var wordStart = 0
            var wordEnd = 0
            var hasRun = false
            var gapStart = -1
            var gapEnd = 0
            var hasTrailing = false

            @inline(__always) func emitPrevious() -> Int32 {
                for i in 0..<previousCount { term[i] = term[previousOffset + i] }
                return emit(UnsafeBufferPointer(start: term, count: previousCount), previousStart, previousEnd)
            }

            /// Ends the run in progress, emitting what it owes.
            func finishRun() -> Int32 {
                switch runClass {
                case .cjk:
                    if runLength == 1 || mode == .document {
                        let result = emitPrevious()
                        if result != 0 { return result }
                    } else {
                        hasTrailing = true
                    }
                case .word:
                    let result = emit(UnsafeBufferPointer(start: term, count: wordLength), wordStart, wordEnd)
                    if result != 0 { return result }
                case .separator:
                    break
                }
                return 0
            }

            /// Emits what a new run owes to the one before it: a held-back
            /// unigram, then a gap if separators came between.
            func startRun() -> Int32 {
                if hasTrailing {
                    hasTrailing = false
                    let result = emitPrevious()
                    if result != 0 { return result }
                }
                if gapStart >= 0 {
                    term[0] = Self.gap
                    let result = emit(UnsafeBufferPointer(start: term, count: 1), gapStart, gapEnd)
                    if result != 0 { return result }
                    gapStart = -1
                }
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
                    if cls != .separator {
                        let result = startRun()
                        if result != 0 { return result }
                        hasRun = true
                    }
                    runClass = cls
                    runLength = 0
                    wordLength = 0
                    wordStart = start
                }
                switch cls {
                case .separator:
                    if hasRun {
                        if gapStart < 0 { gapStart = start }
                        gapEnd = index
                    }
                case .word:
                    let encodedLength = UTF8Decoding.encodedLength(folded)
                    if wordLength + encodedLength <= Self.maximumWordBytes {
                        UTF8Decoding.encode(folded, into: term + wordLength)
                        wordLength += encodedLength
                        wordEnd = index
                    }
                case .cjk:
                    let encodedLength = UTF8Decoding.encodedLength(folded)
                    UTF8Decoding.encode(folded, into: term + currentOffset)
                    if runLength > 0 {
                        // The bigram: previous character, then this one.
                        for i in 0..<previousCount { term[i] = term[previousOffset + i] }
                        for i in 0..<encodedLength { term[previousCount + i] = term[currentOffset + i] }
                        let result = emit(UnsafeBufferPointer(start: term, count: previousCount + encodedLength),
                                          previousStart, index)
                        if result != 0 { return result }
                    }
                    for i in 0..<encodedLength { term[previousOffset + i] = term[currentOffset + i] }
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
