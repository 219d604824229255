/// Rebuilds paragraphs from the positioned lines of a fixed-layout document,
/// so that a paragraph is one line of extracted text, as in a `.txt` file.
///
/// Pure and format-neutral: PDF (through `pdftotext -bbox-layout`) and OFD
/// both feed it pages of ``PositionedLine``s.
///
/// Policies (sizes in ems are of the line's ``PositionedLine/size``):
/// - Fragments of one row are joined first (``RowFragments``); then running
///   headers and footers and page numbers are dropped (see ``PageFurniture``),
///   and so are lines with no text.
/// - A line ends its paragraph when it stops short of the right margin by
///   more than the next line's first word would need (one em for a Chinese
///   character, half an em a letter for a Latin word), when the next line
///   starts indented (more than 0.6 em right of the paragraph's left edge),
///   when the size of type changes (by more than a tenth), when the next
///   line lies above it or beside it (a new column, a table cell), when the
///   gap below it is clearly larger than the usual gap between lines, or the
///   gap is larger than usual and the next line is in another block.
/// - A line that ends a sentence (`。！？；：`) also ends its paragraph when the
///   next line starts with heading numbering (`一、`, `（二）`, `第三条`, `1.`).
/// - A list item's hanging indent is not an indent: after a first line that
///   starts with a label and a space (`A. `, `1) `, `• `), a second line up to
///   five ems right of it sets the item's left edge; a later line left of that
///   edge starts the next item.
/// - A paragraph may go on across a page break, onto the next page only.
/// - Lines join by ``LayoutJoin``: no space for Chinese, a space between
///   Latin words, a line-break hyphen dropped.
/// - Every paragraph has text, on one line (control characters and line
///   separators become spaces); its page is the page of its first line.
public enum LayoutParagraphs {
    /// The paragraphs of `pages`, in reading order, without running headers,
    /// footers and page numbers.
    public static func paragraphs(in pages: [LayoutPage]) -> [LayoutParagraph] {
        let pages = pages.map(cleaned)
        let furniture = PageFurniture.furniture(in: pages)
        let body = zip(pages, furniture).map { page, dropped in
            var page = page
            page.lines = page.lines.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
            return page
        }
        let geometry = LayoutGeometry(pages: body)
        var paragraphs: [LayoutParagraph] = []
        var previous: PositionedLine?
        // The left edge of the current paragraph's lines after its first (nil: none yet).
        var continuationLeft: Double?
        for line in body.lazy.flatMap(\.lines) {
            if let previous, continues(previous, with: line, continuationLeft: continuationLeft, geometry: geometry) {
                LayoutJoin.append(line.text, to: &paragraphs[paragraphs.count - 1].text)
                paragraphs[paragraphs.count - 1].size = max(paragraphs[paragraphs.count - 1].size, line.size)
                if continuationLeft == nil || line.page != previous.page { continuationLeft = line.xMin }
            } else {
                paragraphs.append(LayoutParagraph(text: LayoutJoin.joined([line.text]), page: line.page, size: line.size))
                continuationLeft = nil
            }
            previous = line
        }
        return paragraphs
    }

    /// `page` with its lines' page set to its number, control characters and
    /// line separators (which would end a line of the extracted text) made
    /// spaces, lines without text removed and coordinates that are not finite
    /// numbers made zero, and the fragments of a row joined (``RowFragments``).
    private static func cleaned(_ page: LayoutPage) -> LayoutPage {
        func finite(_ value: Double) -> Double { value.isFinite ? value : 0 }
        var page = page
        page.width = finite(page.width)
        page.height = finite(page.height)
        page.lines = page.lines.compactMap { line in
            var line = line
            if line.text.unicodeScalars.contains(where: isLineBreaking) {
                line.text = String(String.UnicodeScalarView(line.text.unicodeScalars.map { isLineBreaking($0) ? " " : $0 }))
            }
            // After the replacement: a line of control characters alone has no text (found by the layout fuzz target).
            guard line.text.unicodeScalars.contains(where: { !ScalarTraits.isWhitespace($0) }) else { return nil }
            line.page = page.number
            line.xMin = finite(line.xMin)
            line.yMin = finite(line.yMin)
            line.xMax = max(finite(line.xMax), line.xMin)
            line.yMax = max(finite(line.yMax), line.yMin)
            line.fontSize = line.fontSize.map(finite)
            return line
        }
        page.lines = RowFragments.merged(page.lines)
        return page
    }

    private static func isLineBreaking(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// Whether `next` goes on the paragraph that `line` is in.
    private static func continues(
        _ line: PositionedLine, with next: PositionedLine, continuationLeft: Double?, geometry: LayoutGeometry
    ) -> Bool {
        guard LayoutGeometry.sameSize(line.size, next.size) else { return false }
        if next.page == line.page {
            let gap = next.yMin - line.yMax
            if gap < -line.height / 2 { return false }
            if gap > max(geometry.lineGap * 1.6, geometry.lineGap + 0.6 * line.size) { return false }
            if let block = line.block, let nextBlock = next.block, block != nextBlock,
               gap > geometry.lineGap + 0.25 * line.size { return false }
        } else if next.page != line.page &+ 1 {
            return false
        }
        let shortfall = geometry.right(ofPage: line.page) - line.xMax
        if shortfall > firstWordWidth(of: next) + 0.25 * line.size { return false }
        var left = geometry.left(ofPage: next.page)
        if next.page == line.page, let continuationLeft {
            // Left of the paragraph's other lines: the next item of a list with hanging indents.
            if next.xMin < continuationLeft - 0.6 * next.size { return false }
            left = continuationLeft
        } else if next.page == line.page, hasListLabel(line.text), next.xMin > line.xMin,
                  next.xMin <= line.xMin + 5 * line.size {
            // The second line of a list item with a hanging indent lines up with the item's text.
            left = next.xMin
        }
        if next.xMin > left + 0.6 * next.size { return false }
        if let last = line.text.unicodeScalars.last(where: { !ScalarTraits.isWhitespace($0) }),
           ScalarTraits.isSentenceTerminator(last) || last == "：" || last == ":",
           HeadingRecognizer.heading(inLine: Substring(next.text)) != nil {
            return false
        }
        return true
    }

    /// Whether `text` starts with the label of a list item and a space:
    /// a bullet, or up to three letters or digits ending in `.`, `)` or `、`
    /// (`A.`, `12)`, `(a)`, `iv.`).
    private static func hasListLabel(_ text: String) -> Bool {
        let scalars = text.unicodeScalars.drop(while: ScalarTraits.isWhitespace)
        guard let space = scalars.prefix(6).firstIndex(where: ScalarTraits.isWhitespace) else { return false }
        let label = scalars[..<space]
        if label.count == 1, let bullet = label.first, "•◦▪●○‣∙–-*·".unicodeScalars.contains(bullet) { return true }
        guard let mark = label.last, ".)、．）".unicodeScalars.contains(mark) else { return false }
        let body = label.dropLast().drop { $0 == "(" || $0 == "（" }
        return (1...3).contains(body.count) && body.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// How wide the first word of `line` is, in points: an em for a wide
    /// character, half an em for each letter of a Latin word.
    private static func firstWordWidth(of line: PositionedLine) -> Double {
        var letters = 0
        for scalar in line.text.unicodeScalars.drop(while: ScalarTraits.isWhitespace) {
            if LayoutJoin.isWide(scalar) { return letters == 0 ? line.size : Double(letters) * line.size / 2 }
            if ScalarTraits.isWhitespace(scalar) { break }
            letters += 1
            if letters > 40 { break }
        }
        return Double(letters) * line.size / 2
    }
}
