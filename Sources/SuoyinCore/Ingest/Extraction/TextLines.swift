/// Collects extracted lines with their heading levels, applying the line
/// policies every extractor shares.
///
/// Policies:
/// - A line is trimmed of white space (``ScalarTraits/isWhitespace(_:)``) at
///   both ends; inner white space is the builder's business.
/// - Runs of blank lines become one blank line; the text starts and ends
///   with a non-blank line.
/// - A heading level attaches to a non-blank line only, so heading line
///   numbers always point at text.
struct TextLines {
    private(set) var lines: [String] = []
    private(set) var headingLevels: [Int: Int] = [:]
    /// Whether the last line added was blank (and so is held back until a
    /// non-blank line follows, which drops trailing blank lines for free).
    private var blankPending = false

    /// The number of lines so far; the next non-blank line gets this plus one
    /// (or two, after a pending blank line).
    var count: Int { lines.count }

    /// Adds a line; `headingLevel` is ignored if the line is blank.
    mutating func append(_ line: [Unicode.Scalar], headingLevel: Int? = nil) {
        // A line end inside a line (`&#13;` in a Word run, found by fuzzing) is a
        // space: as a line end it would shift every later line the citations count.
        let line = line.contains(where: { $0 == "\r" || $0 == "\n" })
            ? line.map { $0 == "\r" || $0 == "\n" ? " " : $0 } : line
        var start = 0
        var end = line.count
        while start < end, ScalarTraits.isWhitespace(line[start]) { start += 1 }
        while end > start, ScalarTraits.isWhitespace(line[end - 1]) { end -= 1 }
        guard start < end else {
            blankPending = !lines.isEmpty
            return
        }
        if blankPending {
            lines.append("")
            blankPending = false
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: line[start..<end])
        lines.append(String(view))
        if let headingLevel { headingLevels[lines.count] = headingLevel }
    }

    /// Adds a line given as a string, with the same policies.
    mutating func append(_ line: some StringProtocol, headingLevel: Int? = nil) {
        append(Array(line.unicodeScalars), headingLevel: headingLevel)
    }

    /// The lines joined by "\n", with the given title.
    func extractedText(title: String?) -> ExtractedText {
        ExtractedText(text: lines.joined(separator: "\n"), title: title, headingLevels: headingLevels)
    }
}
