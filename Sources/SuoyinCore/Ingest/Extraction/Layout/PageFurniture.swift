/// Finds the lines that frame pages rather than belong to the text: running
/// headers and footers, and page numbers.
///
/// Policies:
/// - Only edge lines can be furniture: the first three and the last three
///   lines of a page by vertical position, and, when the page's height is
///   known, only those in its top or bottom sixth.
/// - A page number is an edge line such as `3`, `- 3 -`, `—3—`, `第3页`,
///   `第3页 共12页`, `3/12`, `Page 3 of 12` (digits or Chinese numerals).
/// - A running header (footer) is an edge line at the top (bottom) whose text,
///   digits aside and white space removed, is at the same edge, in the same
///   size (to the point), of at least two pages and of at least half the pages
///   that have text. (So a title page's title that repeats the running header
///   in larger type is not one.)
enum PageFurniture {
    /// For each page of `pages`, the indexes into its `lines` that are furniture.
    static func furniture(in pages: [LayoutPage]) -> [Set<Int>] {
        let edges = pages.map(edgeLines)
        // How many pages have each key at each edge (a page counts once).
        var counts: [String: Int] = [:]
        for (page, edge) in zip(pages, edges) {
            var seen = Set<String>()
            for index in edge.top { seen.insert("top " + key(page.lines[index])) }
            for index in edge.bottom { seen.insert("bottom " + key(page.lines[index])) }
            for entry in seen { counts[entry, default: 0] += 1 }
        }
        let pagesWithText = pages.filter { !$0.lines.isEmpty }.count
        func isRunning(_ entry: String) -> Bool {
            let count = counts[entry] ?? 0
            return count >= 2 && count * 2 >= pagesWithText
        }
        return zip(pages, edges).map { page, edge in
            var dropped = Set<Int>()
            for (side, indexes) in [("top ", edge.top), ("bottom ", edge.bottom)] {
                for index in indexes {
                    let text = page.lines[index].text
                    if isPageNumber(text) || isRunning(side + key(page.lines[index])) { dropped.insert(index) }
                }
            }
            return dropped
        }
    }

    /// The edge lines of `page`: indexes of the top and bottom candidates.
    private static func edgeLines(of page: LayoutPage) -> (top: [Int], bottom: [Int]) {
        let byPosition = page.lines.indices.sorted { page.lines[$0].yMin < page.lines[$1].yMin }
        var top = Array(byPosition.prefix(3))
        var bottom = Array(byPosition.suffix(3))
        if page.height > 0 {
            top = top.filter { page.lines[$0].yMax <= page.height / 6 }
            bottom = bottom.filter { page.lines[$0].yMin >= page.height * 5 / 6 }
        }
        return (top, bottom)
    }

    /// The size of `line` to the point, then its text as ``key(_:)-swift.method`` makes it.
    private static func key(_ line: PositionedLine) -> String {
        let size = line.size.isFinite && abs(line.size) < 1e9 ? Int(line.size.rounded()) : 0
        return "\(size) " + key(line.text)
    }

    /// `text` without white space, each run of digits as one `#`.
    static func key(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        var inDigits = false
        for scalar in text.unicodeScalars where !ScalarTraits.isWhitespace(scalar) {
            let isDigit = scalar.properties.numericType == .decimal
            if isDigit, inDigits { continue }
            key.append(isDigit ? "#" : scalar)
            inDigits = isDigit
        }
        return String(key)
    }

    /// The shapes of page numbers, after ``pageNumberKey(_:)``.
    private static let pageNumberShapes: Set<String> = [
        "#", "第#页", "#/#", "第#页共#页", "共#页第#页", "page#", "page#of#", "p#", "p.#", "#页",
    ]

    /// Whether `text` is a page number such as `- 3 -`, `第3页` or `3/12`.
    static func isPageNumber(_ text: String) -> Bool {
        pageNumberShapes.contains(pageNumberKey(text))
    }

    /// `text` lower-cased, without white space, dashes and commas, each run
    /// of digits or Chinese numerals as one `#`.
    private static func pageNumberKey(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        var inNumber = false
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "-", "‐", "‑", "–", "—", "―", "－", "~", "～", "·", "•", ",", "，", "|", "｜":
                continue
            default:
                if ScalarTraits.isWhitespace(scalar) { continue }
            }
            let isNumber = scalar.properties.numericType == .decimal || ScalarTraits.isChineseNumeral(scalar)
            if isNumber, inNumber { continue }
            key.append(isNumber ? "#" : scalar)
            inNumber = isNumber
            if key.count > 16 { return "" }
        }
        return String(key)
    }
}
