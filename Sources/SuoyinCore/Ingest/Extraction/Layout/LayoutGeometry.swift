/// What rebuilding paragraphs measures lines against: the body text's size,
/// its margins on each page and the usual gap between its lines.
///
/// Policies:
/// - The body size is the size (to half a point) that holds the most characters.
/// - A page's left margin is the least `xMin` (to the point) that at least two
///   of its body-size lines share, so that one line further left (a heading,
///   a header, a label) does not make every line look indented; with no such
///   `xMin`, the least of all (of all its lines if it has no body-size line).
/// - The text width is the median, over the pages where at least three
///   body-size lines end within half an em of the rightmost (the evidence of
///   justified or wrapped text), of the span from the least `xMin` to the
///   greatest `xMax` of those lines. A page's right margin is its left margin
///   plus the larger of the text width and its own span, so a page of short
///   lines (a list, a last page) does not make its longest line reach the margin.
/// - With no such page, the margins are taken as symmetric: the right margin
///   is the page width minus the left margin (or the greatest `xMax`, if
///   that is more or the width is unknown).
/// - The usual gap is the (lower) median gap between consecutive lines of a
///   page that are both body-size and lie one under the other.
struct LayoutGeometry {
    /// The size of the body text.
    var bodySize: Double
    /// The usual vertical gap between two lines of a paragraph.
    var lineGap: Double
    private var pages: [Int: (left: Double, right: Double)] = [:]

    /// Measures `pages` (whose lines have finite coordinates).
    init(pages: [LayoutPage]) {
        var characters: [Double: Int] = [:]
        for line in pages.lazy.flatMap(\.lines) {
            characters[Self.rounded(line.size), default: 0] += line.text.unicodeScalars.count
        }
        bodySize = characters.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 0
        let bodySize = self.bodySize
        func isBody(_ line: PositionedLine) -> Bool { Self.rounded(line.size) == bodySize }

        var gaps: [Double] = []
        var widths: [Double] = []
        var spans: [Int: (left: Double, right: Double)] = [:]
        for page in pages where !page.lines.isEmpty {
            let body = page.lines.filter(isBody)
            for (upper, lower) in zip(page.lines, page.lines.dropFirst()) where isBody(upper) && isBody(lower) {
                let gap = lower.yMin - upper.yMax
                if gap >= -upper.height / 2, gap < 3 * upper.size { gaps.append(max(gap, 0)) }
            }
            let measured = body.isEmpty ? page.lines : body
            let span = (left: Self.sharedLeft(of: measured), right: measured.lazy.map(\.xMax).max()!)
            spans[page.number] = span
            if body.lazy.filter({ span.right - $0.xMax <= bodySize / 2 }).count >= 3 {
                widths.append(span.right - span.left)
            }
        }
        lineGap = Self.median(gaps) ?? bodySize / 2
        let textWidth = Self.median(widths)
        let pageWidths = Dictionary(pages.map { ($0.number, $0.width) }, uniquingKeysWith: { first, _ in first })
        for (number, span) in spans {
            if let textWidth {
                self.pages[number] = (span.left, span.left + max(textWidth, span.right - span.left))
            } else {
                let width = pageWidths[number] ?? 0
                self.pages[number] = (span.left, max(span.right, width - span.left))
            }
        }
    }

    /// The least `xMin`, to the point, of two lines or more of `lines`; else the least.
    private static func sharedLeft(of lines: [PositionedLine]) -> Double {
        var counts: [Double: Int] = [:]
        for line in lines { counts[line.xMin.rounded(), default: 0] += 1 }
        let shared = counts.filter { $0.value >= 2 }.keys.min()
        // The lines' own least xMin at that point, not the rounded one.
        return shared.map { point in lines.lazy.map(\.xMin).filter { $0.rounded() == point }.min()! }
            ?? lines.lazy.map(\.xMin).min()!
    }

    /// The left margin of page `page`.
    func left(ofPage page: Int) -> Double { pages[page]?.left ?? 0 }

    /// The right margin of page `page`.
    func right(ofPage page: Int) -> Double { pages[page]?.right ?? 0 }

    /// Whether two sizes are the same size of type (within a tenth).
    static func sameSize(_ first: Double, _ second: Double) -> Bool {
        abs(first - second) <= 0.1 * max(first, second)
    }

    private static func rounded(_ size: Double) -> Double {
        guard size.isFinite else { return 0 }
        return (size * 2).rounded() / 2
    }

    private static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        // The lower median: of two gaps, the smaller is the one inside a paragraph.
        return values.sorted()[(values.count - 1) / 2]
    }
}
