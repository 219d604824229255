/// Cuts a line longer than the passage limit into pieces of whole sentences.
///
/// Policy, greedy from the start of the line:
/// - A piece holds as many whole sentences as fit in `maxLength` scalars. A
///   sentence ends after `。！？；!?;` and any closing quotes, brackets or
///   further terminators that follow (`……吗？！”`).
/// - If not even one sentence fits, the piece ends after the last `，、,：`
///   that fits, else exactly at the limit.
/// - Pieces never include leading or trailing whitespace and are never empty,
///   so every piece holds at most `maxLength` scalars.
struct SentencePacker {
    /// The most scalars a piece may hold.
    let maxLength: Int

    /// Calls `emit` with the range of every piece of `scalars[range]`, in order.
    /// `range` must not start or end with whitespace.
    ///
    /// With `lineContinues`, `range` is only the start of a line decoded so
    /// far: pieces are emitted while more than `maxLength` scalars remain
    /// (so each cut is the one the whole line would get: it looks no further
    /// than `maxLength` scalars ahead), and the start of the rest, to be
    /// packed with what follows, is returned.
    @discardableResult
    func pieces(of scalars: [Unicode.Scalar], in range: Range<Int>, lineContinues: Bool = false,
                emit: (Range<Int>) -> Void) -> Int {
        let end = range.upperBound
        var start = range.lowerBound
        while start < end {
            while start < end, ScalarTraits.isWhitespace(scalars[start]) { start += 1 }
            guard start < end else { return start }
            if lineContinues && end - start <= maxLength { return start }
            let cut = end - start <= maxLength ? end : self.cut(in: scalars, from: start, lineEnd: end)
            var pieceEnd = cut
            while pieceEnd > start, ScalarTraits.isWhitespace(scalars[pieceEnd - 1]) { pieceEnd -= 1 }
            if pieceEnd > start { emit(start..<pieceEnd) }
            start = cut
        }
        return start
    }

    /// Where the piece starting at `start` ends, when the rest of the line is too long.
    ///
    /// Looks only at the `maxLength` scalars from `start` (and the closers
    /// after a terminator), so the whole line is read about twice.
    private func cut(in scalars: [Unicode.Scalar], from start: Int, lineEnd: Int) -> Int {
        let limit = start + maxLength
        var lastSentenceEnd: Int?
        var lastComma: Int?
        var index = start
        while index < limit {
            let scalar = scalars[index]
            if ScalarTraits.isSentenceTerminator(scalar) {
                var after = index + 1
                while after < lineEnd,
                      ScalarTraits.isSentenceTerminator(scalars[after]) || ScalarTraits.isClosing(scalars[after]) {
                    after += 1
                }
                if after <= limit { lastSentenceEnd = after }
                index = after
            } else {
                if ScalarTraits.isPassageCommaLike(scalar) { lastComma = index + 1 }
                index += 1
            }
        }
        return lastSentenceEnd ?? lastComma ?? limit
    }
}
