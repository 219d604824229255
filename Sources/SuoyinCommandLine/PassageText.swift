import SuoyinCore

/// The text `suoyin show` prints for a passage, which the `show` tool of `suoyin mcp` also answers.
package enum PassageText {
    /// The passage for people: title, section, citation and metadata, then
    /// the passage marked `>` among its neighbours (also the `show` tool's text).
    /// Every line goes through TerminalText: a path or passage may hold control characters.
    package static func lines(of found: PassageLookup.Found) -> [String] {
        let passage = found.passage
        var lines = [passage.title]
        if !passage.section.isEmpty { lines.append(passage.section.joined(separator: " › ")) }
        let metadata = [passage.page.map { "p. \($0)" }, passage.date, passage.issuer, passage.number, found.encoding]
            .compactMap { $0 }
        lines.append("\(passage.citation)  (\(metadata.joined(separator: ", ")))")
        lines.append("")
        for neighbour in found.before { lines.append("  \(neighbour.line):  \(neighbour.text)") }
        lines.append("> \(passage.line):  \(passage.text)")
        for neighbour in found.after { lines.append("  \(neighbour.line):  \(neighbour.text)") }
        return lines.map(TerminalText.escaped)
    }
}
