/// Turns the scalars of visible HTML text into lines.
///
/// Policies:
/// - Outside preformatted text, each run of white space (any Unicode white
///   space, so `&nbsp;` and U+3000 too) is one space, and none starts or
///   ends a line. A run of ASCII white space with a line feed in it
///   between two East Asian wide characters is nothing, as in CSS Text 3's
///   segment-break rule: a Chinese sentence wrapped in the source stays whole.
/// - In preformatted text, line feeds end lines and other white space is
///   kept inside a line; a line feed right after `<pre>` is dropped.
/// - `"\r\n"` and a lone `"\r"` count as one line feed.
/// - A line's heading level is the one in force at its first visible scalar.
/// - Each line's ``HTMLLinkStats`` are counted; a line that is links is
///   noted in ``linkLines`` and its stats are not passed on.
struct HTMLLineBuilder {
    private(set) var lines = TextLines()
    /// Whether scalars appended now are preformatted.
    var preformatted = false
    /// The heading level of scalars appended now.
    var headingLevel: Int?
    /// Whether scalars appended now are in a link.
    var inLink = false
    /// The 0-based indices in ``lines`` of lines that are links.
    private(set) var linkLines: [Int] = []

    private var lineStats = HTMLLinkStats()
    /// The stats of the lines finished since ``takeFinishedStats()`` last ran.
    private var finishedStats = HTMLLinkStats()
    /// Whether a link started and has shown no letter yet.
    private var linkPending = false

    private var line: [Unicode.Scalar] = []
    private var lineHeadingLevel: Int?
    /// White space or a cell separator waiting for the next visible scalar.
    private var pendingSeparator: Unicode.Scalar?
    /// Whether the pending white space has a line feed, and only ASCII.
    private var pendingHasLineFeed = false
    private var pendingIsASCII = true
    private var dropsNextLineFeed = false
    private var afterCarriageReturn = false

    /// The current, unfinished line, as its text would be.
    var currentLine: String { String(String.UnicodeScalarView(line)) }

    /// Adds one scalar of text (character references already decoded).
    /// Appends the page's scalars `input[range]` with their character
    /// references decoded, as browsers decode them.
    mutating func appendDecoding(_ input: [Unicode.Scalar], in range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            if input[index] == "&", let (scalar, length) = HTMLCharacterReference.decode(input, at: index, end: range.upperBound) {
                append(scalar)
                index += length
            } else {
                append(input[index])
                index += 1
            }
        }
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar == "\n", afterCarriageReturn {
            afterCarriageReturn = false
            return
        }
        afterCarriageReturn = scalar == "\r"
        let scalar: Unicode.Scalar = scalar == "\r" ? "\n" : scalar
        if scalar == "\0" { return }
        if preformatted {
            let dropped = dropsNextLineFeed && scalar == "\n"
            dropsNextLineFeed = false
            if dropped { return }
            if scalar == "\n" { breakLine() } else { emit(scalar) }
        } else if ScalarTraits.isWhitespace(scalar) {
            guard !line.isEmpty else { return }
            if pendingSeparator == nil {
                pendingSeparator = " "
                pendingHasLineFeed = false
                pendingIsASCII = true
            }
            if scalar == "\n" { pendingHasLineFeed = true }
            if !scalar.isASCII { pendingIsASCII = false }
        } else {
            emit(scalar)
        }
    }

    private mutating func emit(_ scalar: Unicode.Scalar) {
        if linkPending, inLink, scalar.properties.isAlphabetic {
            lineStats.links += 1
            linkPending = false
        }
        lineStats.count(scalar, inLink: inLink)
        if line.isEmpty {
            lineHeadingLevel = headingLevel
        } else if let separator = pendingSeparator, !isSegmentBreak(before: scalar) {
            line.append(separator)
        }
        pendingSeparator = nil
        line.append(scalar)
    }

    /// Whether the pending separator is a wrapped line between two wide characters.
    private func isSegmentBreak(before next: Unicode.Scalar) -> Bool {
        guard pendingSeparator == " ", pendingHasLineFeed, pendingIsASCII, let previous = line.last else { return false }
        return Self.isEastAsianWide(previous) && Self.isEastAsianWide(next)
    }

    /// Han, kana, bopomofo, CJK punctuation and full-width forms; not Hangul,
    /// whose words are separated by spaces.
    static func isEastAsianWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x303F, 0x3040...0x31FF, 0x3200...0x9FFF, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    /// Ends the current line if it has text (a block boundary).
    mutating func endLine() {
        if !line.isEmpty { breakLine() }
        pendingSeparator = nil
    }

    /// Notes that a link starts: its first letter counts it.
    mutating func startLink() {
        linkPending = true
    }

    /// The stats of the lines finished since the last call, links lines left out.
    mutating func takeFinishedStats() -> HTMLLinkStats {
        defer { finishedStats = HTMLLinkStats() }
        return finishedStats
    }

    /// Ends the current line even if it is empty (`<br>`).
    mutating func breakLine() {
        let before = lines.count
        lines.append(line, headingLevel: lineHeadingLevel)
        if lines.count > before {
            if lineStats.isLinks { linkLines.append(lines.count - 1) } else { finishedStats += lineStats }
        }
        lineStats = HTMLLinkStats()
        line.removeAll(keepingCapacity: true)
        lineHeadingLevel = nil
        pendingSeparator = nil
    }

    /// Separates a table cell from the one before it on the same line.
    mutating func separateCell() {
        if !line.isEmpty { pendingSeparator = "\t" }
    }

    /// Notes that a `<pre>` just started, whose first line feed is not text.
    mutating func startPreformatted() {
        dropsNextLineFeed = true
    }

    /// The non-blank lines from the 0-based `start` on, and the current line,
    /// joined by spaces.
    func text(sinceLine start: Int) -> String {
        var parts = lines.lines[min(start, lines.count)...].filter { !$0.isEmpty }
        if !line.isEmpty { parts.append(currentLine) }
        return parts.joined(separator: " ")
    }

    /// Ends the last line and gives all the lines.
    mutating func finish() -> TextLines {
        endLine()
        return lines
    }
}
