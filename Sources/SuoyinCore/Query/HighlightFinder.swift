import TextAnalysis

/// Finds the characters of a passage that a query matched.
///
/// Works like FTS5's own matching (``PhraseMatcher``). A match covers the
/// source characters of the terms it matched; a prefix match of a lone
/// character covers that one character. Overlapping and adjacent matches
/// merge. Ranges are Unicode code point offsets into the passage.
public enum HighlightFinder {
    /// The merged match ranges of `phrases` in `text`, in order.
    public static func highlights(of phrases: [QueryPhrase], in text: String) -> [Range<Int>] {
        let matcher = PhraseMatcher(text: text)
        let utf8 = Array(text.utf8)
        let byteRanges = phrases.flatMap { occurrences(of: $0, matcher: matcher, utf8: utf8) }
        return merge(byteRanges).map { scalarRange(of: $0, in: text) }
    }

    /// The UTF-8 byte ranges of `phrase`'s matches in the text `matcher`
    /// read (`utf8`): the source characters of the terms it matched; a
    /// prefix match of a lone character covers that one character.
    static func occurrences(of phrase: QueryPhrase, matcher: PhraseMatcher, utf8: [UInt8]) -> [Range<Int>] {
        let terms = matcher.terms
        return matcher.positions(of: phrase).map { start in
            let first = terms[start]
            let last = terms[start + phrase.terms.count - 1]
            // A prefix covers only its own character, whatever term it matched. Folding can
            // change a character's length, so the source bytes are measured, not the term.
            let upper = phrase.lastTermIsPrefix
                ? last.byteRange.lowerBound + UTF8Decoding.sequenceLength(lead: utf8[last.byteRange.lowerBound])
                : last.byteRange.upperBound
            return first.byteRange.lowerBound..<upper
        }
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
