extension BigramTokenizer {
    /// Calls `emit(term, start, end, colocated)` for every term of `text` in
    /// document mode, in position order, and right after each word that a
    /// CJK term follows at once, for the word's joined term with `colocated`
    /// true: the ``joinedWord`` marker, the word, and the first character of
    /// that CJK term, over the word's byte range. The index's terms; see the
    /// rules on ``BigramTokenizer``.
    ///
    /// For example, `2022年度` gives `2022`, then `^2022年` colocated (`^`
    /// for the marker), then `年度` and `度|`; `2022，年` gives no joined term,
    /// since the gap term comes between.
    ///
    /// Only the FTS5 tokenizer calls this: everything else that tokenizes a
    /// document (passage lengths, phrase matching, highlights) wants one term
    /// per position, and gets it from ``tokenize(_:mode:emit:)``. The term
    /// buffer is only valid during the call to `emit`; a non-zero return
    /// from `emit` stops tokenizing and is returned.
    public func tokenizeForIndex(
        _ text: UnsafeBufferPointer<UInt8>,
        emit: (UnsafeBufferPointer<UInt8>, Int, Int, Bool) -> Int32
    ) -> Int32 {
        // A word is held back until the next term says whether a CJK term
        // follows it at once. Buffer: the marker, the held word, then room
        // for one character, so the joined term is built in place.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 + Self.maximumWordBytes + 4) { buffer in
            let joined = buffer.baseAddress!
            joined[0] = Self.joinedWord
            var wordLength = 0  // 0 when no word is held
            var wordStart = 0
            var wordEnd = 0
            let result = tokenize(text, mode: .document) { term, start, end in
                let kind = Self.kind(of: term)
                if wordLength > 0 {
                    var result = emit(UnsafeBufferPointer(start: joined + 1, count: wordLength), wordStart, wordEnd, false)
                    if result == 0, kind == .cjk {
                        let characterLength = UTF8Decoding.sequenceLength(lead: term[0])
                        for i in 0..<characterLength { joined[1 + wordLength + i] = term[i] }
                        result = emit(UnsafeBufferPointer(start: joined, count: 1 + wordLength + characterLength),
                                      wordStart, wordEnd, true)
                    }
                    wordLength = 0
                    if result != 0 { return result }
                }
                guard kind == .word else { return emit(term, start, end, false) }
                for i in 0..<term.count { joined[1 + i] = term[i] }
                wordLength = term.count
                wordStart = start
                wordEnd = end
                return 0
            }
            guard result == 0, wordLength > 0 else { return result }
            return emit(UnsafeBufferPointer(start: joined + 1, count: wordLength), wordStart, wordEnd, false)
        }
    }

    /// What a term of the tokenizer's is, from its first character: a word
    /// (``CharacterClass/word``), a bigram or final term (``CharacterClass/cjk``),
    /// or the gap term (``CharacterClass/separator``). Terms are valid UTF-8.
    @inline(__always)
    static func kind(of term: UnsafeBufferPointer<UInt8>) -> CharacterClass {
        let lead = term[0]
        if lead < 0x80 { return lead == gap ? .separator : .word }
        return CharacterClass(UTF8Decoding.validScalar(in: term, at: 0).0)
    }
}
