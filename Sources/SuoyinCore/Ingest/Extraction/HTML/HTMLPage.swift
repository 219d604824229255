/// Puts a web page's extracted lines together: drops the lines that are
/// links, reads the information table into metadata, and makes the headline
/// the title.
///
/// Policies:
/// - Lines in `droppedLines` (menus and link lists) are left out.
/// - An information table (``InfoTable``: `索引号`, `发文机关`, `成文日期`,
///   `发文字号` …) gives the metadata and is left out of the text.
/// - The title is the headline (``WebPageTitle``). The headline line stays
///   text but is no heading, so no section path repeats the title. A page
///   whose headline is not in its text gets the title as its first line, so
///   its words are found; title and headline are never two lines.
struct HTMLPage {
    var lines: TextLines
    var droppedLines: Set<Int>
    var pageTitle: String?
    var firstH1: (line: Int, text: String)?

    func extractedText() -> ExtractedText {
        let kept = lines.lines.indices.filter { !droppedLines.contains($0) }
        let table = InfoTable.read(kept.map { lines.lines[$0][...] })
        let body = kept.enumerated().filter { !table.lines.contains($0.offset) }.map(\.element)
        let h1 = firstH1.flatMap { h1 in body.contains(h1.line) ? h1 : nil }
        let headline = WebPageTitle.headline(
            pageTitle: pageTitle, firstH1: h1, lines: body.lazy.map { (index: $0, text: lines.lines[$0]) })

        var result = TextLines()
        if let title = headline.title, headline.line == nil { result.append(title) }
        for index in body {
            let level = index == headline.line ? nil : lines.headingLevels[index + 1]
            result.append(lines.lines[index], headingLevel: level)
        }
        var extracted = result.extractedText(title: headline.title)
        extracted.metadata = table.metadata
        return extracted
    }
}
