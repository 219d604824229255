/// Finds the text a heading shows in a section path.
///
/// - A numbered heading is its line up to, not including, the first sentence
///   end (`。！？；!?;`): `（一）及时组织传达学习。党的……` → `（一）及时组织传达学习`.
/// - A Markdown heading is the text after its `#`s.
/// - Text longer than ``maximumLength`` scalars is cut before the first
///   `，,：:` after the label, if at least two characters precede it and the
///   result fits; a `第X条` heading is cut to its label (`第一条`); otherwise
///   the first ``maximumLength`` scalars are kept and `…` added.
///
/// Lengths count Unicode scalars, never `Character`s, and the scan stops
/// early, so a 5 MB line starting with `1.` costs no more than reading it once.
enum HeadingText {
    /// The longest heading text kept whole, in scalars.
    static let maximumLength = 60

    /// The text of a heading known from markup (HTML `h1`–`h6`, a Word
    /// heading style): the whole trimmed line, cut like a Markdown heading.
    static func markupHeading(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > maximumLength else { return line }
        return String(String.UnicodeScalarView(scalars[..<maximumLength])) + "…"
    }

    /// Where the text of a heading whose label occupies `label` lies in
    /// `line`, and whether it was cut short (and so needs an ellipsis).
    static func extent<Line: BidirectionalCollection>(
        in line: Line, label: Range<Line.Index>, kind: HeadingRecognizer.Kind
    ) -> (range: Range<Line.Index>, isCut: Bool) where Line.Element == Unicode.Scalar {
        var start = label.lowerBound
        var labelEnd = label.upperBound
        if kind == .markdown {
            start = skippingWhitespace(in: line, from: label.upperBound)
            labelEnd = start
        }
        var end = start
        while end != line.endIndex, kind == .markdown || !ScalarTraits.isSentenceTerminator(line[end]) {
            line.formIndex(after: &end)
        }
        end = trimmingTrailingWhitespace(in: line, from: start, to: end)

        if count(of: line[start..<end], upTo: maximumLength + 1) <= maximumLength { return (start..<end, false) }
        if kind == .article { return (start..<labelEnd, false) }

        // The first comma within reach, if a real phrase (not just the label) precedes it.
        var index = labelEnd
        var length = line.distance(from: start, to: labelEnd)
        while index != end, length <= maximumLength, !ScalarTraits.isHeadingCommaLike(line[index]) {
            line.formIndex(after: &index)
            length += 1
        }
        if index != end, length <= maximumLength {
            let phraseStart = skippingWhitespace(in: line, from: labelEnd)
            let phraseEnd = trimmingTrailingWhitespace(in: line, from: phraseStart, to: index)
            if count(of: line[phraseStart..<phraseEnd], upTo: 2) >= 2 { return (start..<phraseEnd, false) }
        }
        return (start..<line.index(start, offsetBy: maximumLength), true)
    }

    private static func skippingWhitespace<Line: BidirectionalCollection>(
        in line: Line, from start: Line.Index
    ) -> Line.Index where Line.Element == Unicode.Scalar {
        var index = start
        while index != line.endIndex, ScalarTraits.isWhitespace(line[index]) { line.formIndex(after: &index) }
        return index
    }

    private static func trimmingTrailingWhitespace<Line: BidirectionalCollection>(
        in line: Line, from start: Line.Index, to end: Line.Index
    ) -> Line.Index where Line.Element == Unicode.Scalar {
        var end = end
        while end != start {
            let before = line.index(before: end)
            guard ScalarTraits.isWhitespace(line[before]) else { break }
            end = before
        }
        return end
    }

    /// The number of elements of `scalars`, counting no further than `limit`.
    private static func count<Scalars: Collection>(of scalars: Scalars, upTo limit: Int) -> Int {
        var count = 0
        var index = scalars.startIndex
        while count < limit, index != scalars.endIndex {
            scalars.formIndex(after: &index)
            count += 1
        }
        return count
    }
}
