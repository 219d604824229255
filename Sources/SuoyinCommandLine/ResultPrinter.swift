import SuoyinCore

/// Prints results for people: a header line per result, then the passage
/// with its matches marked (colour on a terminal, 【】 otherwise), long
/// passages shortened around the matches.
package struct ResultPrinter {
    /// Whether to mark matches with terminal colour rather than 【】.
    package var colors: Bool
    /// Passages longer than this many characters are shortened.
    package var width = 160

    package init(colors: Bool) { self.colors = colors }

    /// Prints one result: its header, its passage, its copies or matches.
    package func printResult(_ result: SearchResult) {
        print(header(of: result))
        if result.before == nil && result.after == nil {
            print("   " + excerpt(of: result))
        } else {
            // With context, as `suoyin show --context` prints it: line numbers, the result marked with >.
            for neighbour in result.before ?? [] { print(TerminalText.escaped("     \(neighbour.line):  \(neighbour.text)")) }
            print("   > \(result.line):  " + excerpt(of: result))
            for neighbour in result.after ?? [] { print(TerminalText.escaped("     \(neighbour.line):  \(neighbour.text)")) }
        }
        if let copies = result.copies, !copies.isEmpty { print(copiesLine(copies)) }
        if let matches = result.matches { print(matchesLine(matches)) }
    }

    /// `   also in 2 documents: PATH:LINE:COL, …`, counting each document once.
    package func copiesLine(_ copies: [String]) -> String {
        let documents = Set(copies.compactMap { try? Citation(parsing: $0).path }).count
        let noun = documents == 1 ? "document" : "documents"
        return TerminalText.escaped("   also in \(documents) \(noun): " + copies.joined(separator: ", "))
    }

    /// `   2 matching passages in this document`, for results that are documents.
    package func matchesLine(_ matches: Int) -> String {
        "   \(matches) matching " + (matches == 1 ? "passage" : "passages") + " in this document"
    }

    /// `rank. citation  title › section › path  (p. page, date, issuer, number)`.
    package func header(of result: SearchResult) -> String {
        let metadata = [result.page.map { "p. \($0)" }, result.date, result.issuer, result.number].compactMap { $0 }
        let place = TerminalText.escaped(([result.title] + result.section).joined(separator: " › ")
            + (metadata.isEmpty ? "" : "  (" + metadata.joined(separator: ", ") + ")"))
        let rank = result.rank.map { "\($0). " } ?? ""
        let citation = TerminalText.escaped(result.citation)
        return colors ? "\(rank)\u{1B}[36m\(citation)\u{1B}[0m  \(place)" : "\(rank)\(citation)  \(place)"
    }

    /// The passage, or a window of it around the first matches, with matches marked
    /// (and control characters escaped: only the marks may drive the terminal).
    package func excerpt(of result: SearchResult) -> String {
        let scalars = Array(result.text.unicodeScalars)
        var lower = 0
        var upper = scalars.count
        if scalars.count > width {
            let firstMatch = result.highlights.first?.first ?? 0
            lower = max(0, min(firstMatch - width / 4, scalars.count - width))
            upper = lower + width
        }
        var output = lower > 0 ? "…" : ""
        var position = lower
        for highlight in result.highlights where highlight[1] > lower && highlight[0] < upper {
            let start = max(highlight[0], lower)
            let end = min(highlight[1], upper)
            output += TerminalText.escaped(String(String.UnicodeScalarView(scalars[position..<start])))
            output += mark(TerminalText.escaped(String(String.UnicodeScalarView(scalars[start..<end]))))
            position = end
        }
        output += TerminalText.escaped(String(String.UnicodeScalarView(scalars[position..<upper])))
        return upper < scalars.count ? output + "…" : output
    }

    private func mark(_ text: String) -> String {
        colors ? "\u{1B}[1;31m\(text)\u{1B}[0m" : "【\(text)】"
    }
}
