import TextAnalysis

/// Finds the characters of a passage that a query matched.
///
/// Works like FTS5's own matching, on the passage's document-mode terms:
/// a phrase matches at position `p` when its terms occur at `p, p+1, …`
/// (the last one as a prefix when ``QueryPhrase/lastTermIsPrefix``). The
/// match covers the source characters of those terms; a prefix match of a
/// lone character covers that one character. Overlapping and adjacent
/// matches merge. Ranges are Unicode code point offsets into the passage.
public enum HighlightFinder {
    /// The merged match ranges of `phrases` in `text`, in order.
    public static func highlights(of phrases: [QueryPhrase], in text: String) -> [Range<Int>] {
        let terms = Analyzer.terms(in: text, mode: .document)

        let utf8 = Array(text.utf8)
        var byteRanges: [Range<Int>] = []
        for phrase in phrases {
            let count = phrase.terms.count
            guard count <= terms.count else { continue }
            for start in 0...(terms.count - count) {
                if let range = match(phrase, at: start, in: terms, utf8: utf8) { byteRanges.append(range) }
            }
        }
        return merge(byteRanges).map { scalarRange(of: $0, in: text) }
    }

    /// The byte range `phrase` covers when it matches at `start`, else nil.
    private static func match(
        _ phrase: QueryPhrase, at start: Int, in terms: [Analyzer.Term], utf8: [UInt8]
    ) -> Range<Int>? {
        var lower = 0
        var upper = 0
        for (offset, wanted) in phrase.terms.enumerated() {
            let isPrefix = phrase.lastTermIsPrefix && offset == phrase.terms.count - 1
            let found = terms[start + offset]
            guard isPrefix ? found.text.hasPrefix(wanted) : found.text == wanted else { return nil }
            if offset == 0 { lower = found.byteRange.lowerBound }
            // A prefix covers only its own character, whatever term it matched.
            upper = isPrefix ? found.byteRange.lowerBound + scalarLength(leadByte: utf8[found.byteRange.lowerBound])
                             : found.byteRange.upperBound
        }
        return lower..<upper
    }

    /// The length of a UTF-8 scalar from its lead byte. Folding can change a
    /// character's length, so the source bytes are measured, not the term.
    private static func scalarLength(leadByte: UInt8) -> Int {
        leadByte < 0x80 ? 1 : leadByte < 0xE0 ? 2 : leadByte < 0xF0 ? 3 : 4
    }

    private static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// Converts a UTF-8 byte range of `text` to a code point range.
    private static func scalarRange(of range: Range<Int>, in text: String) -> Range<Int> {
        var scalarIndex = 0
        var byteIndex = 0
        var lower = 0
        for scalar in text.unicodeScalars {
            if byteIndex == range.lowerBound { lower = scalarIndex }
            if byteIndex == range.upperBound { break }
            byteIndex += UTF8.width(scalar)
            scalarIndex += 1
        }
        return lower..<scalarIndex
    }
}
