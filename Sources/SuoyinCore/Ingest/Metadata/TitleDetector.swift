/// Finds a document's title in its first non-blank line that is not website
/// chrome (``ChromeRules``), so a breadcrumb above the title is passed over.
///
/// The line, trimmed, is the title when it looks like one: at most
/// ``maximumLength`` scalars, no sentence end (`。！？；!?;`), and no trailing
/// `:`, `：`, `，` or `,` (which would introduce what follows). With
/// `markdownHeadings` (a `.md` file), a Markdown heading `# X` (or `## X` …)
/// gives `X`; elsewhere `# X` is a line like any other. Otherwise there is no title and the caller names
/// the document after its file.
///
/// For example, `"慈溪市人民政府关于2023年度法治政府建设情况的报告\n\n发布日期:……"`
/// has the title `慈溪市人民政府关于2023年度法治政府建设情况的报告`, and
/// `"自治區司法廳:\n……"` has none.
public enum TitleDetector {
    /// The longest title, in scalars.
    static let maximumLength = 60

    /// How much of the first line is looked at: far more than a title or heading needs.
    static let longestLineKept = 1_000

    /// The title of a decoded document, or `nil` if its first non-blank line is not one.
    public static func title(in text: String, markdownHeadings: Bool = true) -> String? {
        guard let line = firstNonBlankLine(of: text) else { return nil }
        if markdownHeadings, let heading = HeadingRecognizer.heading(inScalars: line, string: { string(line[$0]) }), heading.isMarkdown {
            return heading.text
        }
        // An empty Markdown heading ("# " once trimmed) names nothing.
        if markdownHeadings, line.allSatisfy({ $0 == "#" }) { return nil }
        guard line.count <= maximumLength,
              !line.contains(where: ScalarTraits.isSentenceTerminator),
              let last = line.last, !(last == ":" || last == "：" || last == "，" || last == ",")
        else { return nil }
        return string(line[...])
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The scalars of the first line with any non-whitespace that is not chrome, trimmed,
    /// or its first ``longestLineKept`` scalars when it is longer.
    ///
    /// Stops at the end of that line: the rest of the document is never read.
    private static func firstNonBlankLine(of text: String) -> [Unicode.Scalar]? {
        var line: [Unicode.Scalar] = []
        func isTitleCandidate() -> Bool {
            while let last = line.last, ScalarTraits.isWhitespace(last) { line.removeLast() }
            return !line.isEmpty && !ChromeRules.isChrome(Substring(string(line[...])))
        }
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                if isTitleCandidate() { return line }
                line.removeAll(keepingCapacity: true)
            } else if line.count < longestLineKept, !line.isEmpty || !ScalarTraits.isWhitespace(scalar) {
                // A line this long is no title, and a 200 MB one must not be copied whole.
                line.append(scalar)
            }
        }
        return isTitleCandidate() ? line : nil
    }
}
