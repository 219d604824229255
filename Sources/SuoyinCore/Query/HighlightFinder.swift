import TextAnalysis

/// Finds the characters of a passage that a query matched.
///
/// Works like FTS5's own matching (``PhraseMatcher``). A match covers the
/// source characters of the terms it matched; a prefix match of a lone
/// character covers that one character. Overlapping and adjacent matches
/// merge. Ranges are Unicode code point offsets into the passage.
///
/// Made once for a search's phrases and used for every result: it then
/// reads each passage's UTF-8 bytes with a ``PhraseScanner`` (no `String`
/// or array per term), which made `--limit 0` a third cheaper. Phrases
/// with more distinct terms than a scanner takes go through a ``PhraseMatcher``.
public struct HighlightFinder: Sendable {
    private let phrases: [QueryPhrase]
    private let scanner: PhraseScanner?

    /// The finder of `phrases`' matches.
    public init(phrases: [QueryPhrase]) {
        self.init(phrases: phrases, scanning: true)
    }

    /// With `scanning` false, a ``PhraseMatcher`` does the work whatever the
    /// phrases: the tests compare the two ways.
    init(phrases: [QueryPhrase], scanning: Bool) {
        self.phrases = phrases
        scanner = scanning ? PhraseScanner(phrases.map(\.analyzed)) : nil
    }

    /// The merged match ranges of `phrases` in `text`, in order.
    public static func highlights(of phrases: [QueryPhrase], in text: String) -> [Range<Int>] {
        HighlightFinder(phrases: phrases).highlights(in: text)
    }

    /// The merged match ranges of the finder's phrases in `text`, in order.
    public func highlights(in text: String) -> [Range<Int>] {
        guard !phrases.isEmpty else { return [] }
        var contiguous = text
        return contiguous.withUTF8 { utf8 in
            let byteRanges: [Range<Int>]
            if let scanner {
                let terms = scanner.terms(of: utf8)
                byteRanges = phrases.indices.flatMap { scanner.byteRanges(of: $0, in: terms, text: utf8) }
            } else {
                let matcher = PhraseMatcher(text: text)
                let bytes = Array(utf8)
                byteRanges = phrases.flatMap { Self.occurrences(of: $0, matcher: matcher, utf8: bytes) }
            }
            return Self.scalarRanges(of: Self.merge(byteRanges), in: utf8)
        }
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

    /// `ranges` (UTF-8 byte ranges of `utf8` on character boundaries, in
    /// order, apart) as code point ranges, in one pass: a code point starts
    /// at every byte that is not a continuation byte.
    private static func scalarRanges(of ranges: [Range<Int>], in utf8: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var scalars = 0
        var byte = 0
        /// The code point offset of byte `target`, counting on from where the last call stopped.
        func scalarOffset(of target: Int) -> Int {
            while byte < target {
                if utf8[byte] & 0xC0 != 0x80 { scalars += 1 }
                byte += 1
            }
            return scalars
        }
        return ranges.map { range in
            let lower = scalarOffset(of: range.lowerBound)
            return lower..<scalarOffset(of: range.upperBound)
        }
    }
}
