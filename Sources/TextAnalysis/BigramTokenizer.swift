/// Splits UTF-8 text into the terms Suoyin indexes, with byte ranges in the
/// original text.
///
/// The rules, the same for documents and queries except where noted:
/// - Every code point is folded first (``CharacterFolding``); its class
///   (``CharacterClass``) is that of the folded code point.
/// - A run of n CJK characters becomes n terms: the n − 1 overlapping
///   bigrams of folded characters, then a final term, the last character
///   followed by a marker byte that says what follows the run: ``gap`` when
///   separators or the end of the text follow, ``joined`` when a word follows
///   at once. `中文检索，` → `中文 文检 检索 索|`. Every character of a
///   document therefore starts exactly one term, so a one-character query is
///   the prefix query `"法"*` and its frequency in a passage is the number
///   of times the character occurs.
/// - A run of word characters becomes one lower-cased word: `GDP2022` → `gdp2022`.
/// - Bigrams never cross a separator or a change of class: `2022年` → `2022 年+`.
/// - When separators come between a word and the next run, one ``gap`` term
///   stands for them: `2022，年` → `2022 | 年|`.
/// - Queries: the last run gets no final term, because the document may go
///   on where the query stops; when the last run is a lone CJK character, its
///   term is that character alone, which the query matches as a prefix
///   (`2022年` finds `2022年度`).
/// - The index only (``tokenizeForIndex(_:emit:)``): a word that a CJK term
///   follows at once (no gap term between, so nothing between them in the
///   text) also gets a joined term at its own position, colocated: the
///   ``joinedWord`` marker, the word, and the first character of that CJK
///   term. `2022年度` → `2022 ^2022年 年度 度|` (`^` for the marker): the
///   joined term occurs exactly where the phrase `2022 年*` does, so a query
///   phrase ending in a word and a lone character asks for it instead of a
///   prefix (``AnalyzedPhrase/joinedTerm``). It takes no position of its
///   own, so passage lengths (``termCount(_:)``) do not count it.
///
/// A phrase therefore matches exactly where its folded text occurs, with
/// any separators where the query has separators and none where it has
/// none: `法治，政府` finds `法治、政府` but not `法治政府`, and `法治政府`
/// does not find `依法治，治政府`. Compared with a separate unigram and gap
/// term per run, the marker saves two terms per run of Chinese text.
///
/// Byte ranges: a bigram covers both source characters, a word its own
/// characters, a gap its separators, a final term its character and the
/// separators after it. Ranges always lie on scalar boundaries of the
/// input. Invalid UTF-8 is a separator (``UTF8Decoding``: each maximal
/// invalid subpart, the bytes `String` would replace with one U+FFFD).
public struct BigramTokenizer: Sendable {
    /// Why text is being tokenized.
    public enum Mode: Sendable { case document, query }

    /// The marker of separators: alone, the gap term after a word; after a
    /// character, the final term of a run that separators end. No text can
    /// produce it, since U+0001 is a separator.
    public static let gap: UInt8 = 0x01
    /// The marker after the last character of a run that a word follows at once.
    public static let joined: UInt8 = 0x02
    /// The marker that starts a joined term: a word, then the first character
    /// of the CJK term that follows it at once. No text can produce it, since
    /// U+0003 is a separator.
    public static let joinedWord: UInt8 = 0x03

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
            // (separator when none). For a CJK run — or one that separators
            // have just ended, while `pendingFinal` is set — the last
            // character's folded bytes are at `previousOffset`, its source
            // range is `previousStart..<previousEnd` and `runLength` counts
            // the run's characters. For a word run, `word*` describe the
            // folded bytes at the start of the buffer. `gapStart` is set while
            // separators follow a finished word.
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
            var pendingFinal = false
            var separatorsEnd = 0
            var gapStart = -1
            var gapEnd = 0

            /// Emits the last character of the run, followed by `marker`
            /// (none for a query's lone last character), over `start..<end`.
            @inline(__always) func emitFinal(marker: UInt8?, end: Int) -> Int32 {
                for i in 0..<previousCount { term[i] = term[previousOffset + i] }
                var length = previousCount
                if let marker {
                    term[length] = marker
                    length += 1
                }
                return emit(UnsafeBufferPointer(start: term, count: length), previousStart, end)
            }

            /// Emits what separators owed once another run starts: the final
            /// term of the CJK run before them, or the gap after a word.
            @inline(__always) func settleSeparators() -> Int32 {
                if pendingFinal {
                    pendingFinal = false
                    return emitFinal(marker: Self.gap, end: separatorsEnd)
                }
                if gapStart >= 0 {
                    term[0] = Self.gap
                    let result = emit(UnsafeBufferPointer(start: term, count: 1), gapStart, gapEnd)
                    gapStart = -1
                    return result
                }
                return 0
            }

            while index < count {
                let start = index
                let (decoded, length) = UTF8Decoding.scalar(in: text, at: index)
                index += length
                let folded = CharacterFolding.fold(decoded, in: table)
                let cls = CharacterClass(decoded: decoded, folded: folded)
                switch cls {
                case .separator:
                    switch runClass {
                    case .cjk:
                        pendingFinal = true
                        separatorsEnd = index
                    case .word:
                        let result = emit(UnsafeBufferPointer(start: term, count: wordLength), wordStart, wordEnd)
                        if result != 0 { return result }
                        gapStart = start
                        gapEnd = index
                    case .separator:
                        if pendingFinal { separatorsEnd = index } else if gapStart >= 0 { gapEnd = index }
                    }
                    runClass = .separator
                case .word:
                    switch runClass {
                    case .cjk:
                        // A word follows the run at once: the run is not a query's last.
                        let result = emitFinal(marker: Self.joined, end: previousEnd)
                        if result != 0 { return result }
                    case .separator:
                        let result = settleSeparators()
                        if result != 0 { return result }
                    case .word:
                        break
                    }
                    if runClass != .word {
                        runClass = .word
                        wordLength = 0
                        wordStart = start
                    }
                    let encodedLength = UTF8Decoding.encodedLength(folded)
                    if wordLength + encodedLength <= Self.maximumWordBytes {
                        UTF8Decoding.encode(folded, into: term + wordLength)
                        wordLength += encodedLength
                        wordEnd = index
                    }
                case .cjk:
                    let encodedLength = UTF8Decoding.encodedLength(folded)
                    UTF8Decoding.encode(folded, into: term + currentOffset)
                    switch runClass {
                    case .cjk:
                        // The bigram: previous character, then this one.
                        for i in 0..<previousCount { term[i] = term[previousOffset + i] }
                        for i in 0..<encodedLength { term[previousCount + i] = term[currentOffset + i] }
                        let result = emit(UnsafeBufferPointer(start: term, count: previousCount + encodedLength),
                                          previousStart, index)
                        if result != 0 { return result }
                        runLength += 1
                    case .word:
                        let result = emit(UnsafeBufferPointer(start: term, count: wordLength), wordStart, wordEnd)
                        if result != 0 { return result }
                        runLength = 1
                    case .separator:
                        let result = settleSeparators()
                        if result != 0 { return result }
                        runLength = 1
                    }
                    runClass = .cjk
                    for i in 0..<encodedLength { term[previousOffset + i] = term[currentOffset + i] }
                    previousCount = encodedLength
                    previousStart = start
                    previousEnd = index
                }
            }
            // The end of the text: what the last run still owes.
            switch runClass {
            case .word:
                return emit(UnsafeBufferPointer(start: term, count: wordLength), wordStart, wordEnd)
            case .cjk, .separator:
                guard runClass == .cjk || pendingFinal else { return 0 }
                switch mode {
                case .document: return emitFinal(marker: Self.gap, end: pendingFinal ? separatorsEnd : previousEnd)
                case .query: return runLength == 1 ? emitFinal(marker: nil, end: previousEnd) : 0
                }
            }
        }
    }

    /// The number of terms `text` has in document mode: the passage length
    /// FTS5 records and BM25 uses.
    public func termCount(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        _ = tokenize(text, mode: .document) { _, _, _ in
            count += 1
            return 0
        }
        return count
    }
}
