import TextAnalysis

/// Groups the positioned characters of an OFD page into lines, in the order
/// the page draws them.
///
/// Policies (an em is the larger font size of the two characters compared):
/// - A character goes on the current line when its baseline is within 0.3
///   em of the line's and it starts at most half an em left of the line's
///   end and less than three ems right of it; otherwise it starts a new
///   line (the next line of a paragraph, another column, a table cell).
/// - Between two letters or digits (``CharacterClass/word``) a gap of more
///   than 0.15 em is a space; any other gap is a space only beyond 1.5 ems,
///   so Chinese text spread out to justify it stays one run of characters.
/// - Characters that are white space only mark gaps; they never start a line.
struct OFDLineBuilder {
    private struct Line {
        var text = String.UnicodeScalarView()
        var xMin: Double
        var xMax: Double
        var baseline: Double
        var size: Double
        var last: Unicode.Scalar
    }

    private var finished: [Line] = []
    private var current: Line?

    /// Adds the characters of `run`.
    mutating func add(_ run: OFDGlyphRun) {
        for glyph in run.glyphs {
            let isBlank = ScalarTraits.isWhitespace(glyph.scalar)
            if var line = current {
                let em = max(line.size, run.size)
                let gap = glyph.x - line.xMax
                if abs(glyph.y - line.baseline) <= 0.3 * em, gap >= -0.5 * em, gap < 3 * em {
                    if !isBlank {
                        let bothWords = CharacterClass(line.last.value) == .word && CharacterClass(glyph.scalar.value) == .word
                        if gap > (bothWords ? 0.15 : 1.5) * em, !ScalarTraits.isWhitespace(line.last) { line.text.append(" ") }
                        line.text.append(glyph.scalar)
                        line.last = glyph.scalar
                    } else if line.last != " " {
                        line.text.append(" ")
                        line.last = " "
                    }
                    line.xMax = max(line.xMax, glyph.x + glyph.advance)
                    line.size = max(line.size, run.size)
                    current = line
                    continue
                }
                finished.append(line)
                current = nil
            }
            guard !isBlank else { continue }
            current = Line(text: String.UnicodeScalarView([glyph.scalar]), xMin: glyph.x, xMax: glyph.x + glyph.advance, baseline: glyph.y,
                           size: run.size, last: glyph.scalar)
        }
    }

    /// The lines so far, on page `page`, with coordinates multiplied by
    /// `scale`; a line's box reaches from 0.9 em above its baseline to 0.1 em below.
    func lines(page: Int, scale: Double) -> [PositionedLine] {
        (finished + (current.map { [$0] } ?? [])).map { line in
            PositionedLine(
                text: String(line.text), page: page, xMin: line.xMin * scale, yMin: (line.baseline - 0.9 * line.size) * scale,
                xMax: line.xMax * scale, yMax: (line.baseline + 0.1 * line.size) * scale, fontSize: line.size * scale)
        }
    }
}
