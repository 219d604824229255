/// Recognises the numbering of Chinese official documents, and Markdown
/// headings, at the start of a line.
///
/// Recognised labels, after any leading whitespace:
/// - `一、` — Chinese numerals (`十二、` too) followed by `、`;
/// - `（一）` or `(一)` — Chinese numerals in full-width or ASCII parentheses;
/// - `1.`, `1、` or `1．` — one to three digits followed by one of those marks
///   and *not* by another digit, so `1.5亿元`, `2021年` and `2023.` are body text;
/// - `（1）` or `(1)` — digits in parentheses;
/// - `第X章`, `第X节`, `第X条` — X in Chinese numerals or digits
///   (the traditional `節` and `條` too);
/// - `#` to `######` followed by a space (Markdown).
///
/// `一是……` is not a heading: it enumerates points inside a paragraph.
/// Digits may be ASCII or full-width. Ranks are listed on ``Heading``.
///
/// For example:
/// ```swift
/// HeadingRecognizer.heading(inLine: "  十二、强化法治保障")
/// // Heading(rank: 10, text: "十二、强化法治保障")
/// HeadingRecognizer.heading(inLine: "1.5亿元用于……") // nil
/// ```
public enum HeadingRecognizer {
    /// The heading that `line` starts with, if any; `line` may have leading whitespace.
    public static func heading(inLine line: Substring) -> Heading? {
        let scalars = line.unicodeScalars
        return heading(inScalars: scalars) { String(scalars[$0]) }
    }

    /// The heading that the scalars of a line start with, if any;
    /// `string(range)` makes the `String` of the scalars in `range`.
    ///
    /// Generic so the splitter can ask about a slice of its scalar buffer
    /// without making a `String` for every line, and make the heading's
    /// text straight from the document's UTF-8.
    static func heading<Line: BidirectionalCollection>(
        inScalars line: Line, string: (Range<Line.Index>) -> String
    ) -> Heading? where Line.Element == Unicode.Scalar {
        var start = line.startIndex
        while start != line.endIndex, ScalarTraits.isWhitespace(line[start]) { line.formIndex(after: &start) }
        guard start != line.endIndex, let label = self.label(in: line, from: start) else { return nil }
        let text = HeadingText.extent(in: line, label: start..<label.end, kind: label.kind)
        return Heading(rank: label.rank, text: string(text.range) + (text.isCut ? "…" : ""))
    }

    /// How a heading's text is taken from its line (see ``HeadingText``).
    enum Kind {
        /// Text after the `#`s; not cut at the first sentence end.
        case markdown
        /// Label and first sentence; only the label if that sentence is long.
        case article
        /// Label and first sentence.
        case numbered
    }

    /// The rank, kind and end of the label starting at `start`, if there is one.
    private static func label<Line: BidirectionalCollection>(
        in line: Line, from start: Line.Index
    ) -> (rank: Int, kind: Kind, end: Line.Index)? where Line.Element == Unicode.Scalar {
        var index = start
        /// Consumes scalars matching `test`, at most `limit` of them; returns how many.
        func consume(_ limit: Int = .max, while test: (Unicode.Scalar) -> Bool) -> Int {
            var count = 0
            while count < limit, index != line.endIndex, test(line[index]) {
                line.formIndex(after: &index)
                count += 1
            }
            return count
        }
        func next(_ test: (Unicode.Scalar) -> Bool) -> Bool {
            guard index != line.endIndex, test(line[index]) else { return false }
            line.formIndex(after: &index)
            return true
        }
        let first = line[start]
        if first == "#" {
            let level = consume(7) { $0 == "#" }
            guard level <= 6, next({ $0 == " " || $0 == "\t" }) else { return nil }
            return (level, .markdown, index)
        }
        if first == "第" {
            line.formIndex(after: &index)
            guard consume(while: { ScalarTraits.isChineseNumeral($0) || ScalarTraits.isDigit($0) }) > 0,
                  index != line.endIndex else { return nil }
            let rank: Int
            switch line[index] {
            case "章": rank = Heading.chapterRank
            case "节", "節": rank = Heading.sectionRank
            case "条", "條": rank = Heading.articleRank
            default: return nil
            }
            line.formIndex(after: &index)
            return (rank, rank == Heading.articleRank ? .article : .numbered, index)
        }
        if ScalarTraits.isOpeningParenthesis(first) {
            line.formIndex(after: &index)
            let rank: Int
            if consume(while: ScalarTraits.isChineseNumeral) > 0 {
                rank = Heading.parenthesizedChineseNumeralRank
            } else if consume(3, while: ScalarTraits.isDigit) > 0 {
                rank = Heading.parenthesizedArabicNumeralRank
            } else {
                return nil
            }
            guard next(ScalarTraits.isClosingParenthesis) else { return nil }
            return (rank, .numbered, index)
        }
        if ScalarTraits.isDigit(first) {
            // Four digits or more are a year or an amount (`2023.`), not a point number.
            guard consume(4, while: ScalarTraits.isDigit) <= 3,
                  next({ $0 == "." || $0 == "、" || $0 == "．" }),
                  index == line.endIndex || !ScalarTraits.isDigit(line[index])
            else { return nil }
            return (Heading.arabicNumeralRank, .numbered, index)
        }
        if ScalarTraits.isChineseNumeral(first) {
            _ = consume(while: ScalarTraits.isChineseNumeral)
            guard next({ $0 == "、" }) else { return nil }
            return (Heading.chineseNumeralRank, .numbered, index)
        }
        return nil
    }
}
