/// Puts back together a visual line that the layout analysis cut into
/// fragments: `pdftotext` makes a line of widely spaced words (tracking,
/// justified Latin text) into several lines side by side.
///
/// Policy: a line that follows another on the same row (their vertical
/// extents overlap by more than half the smaller height), starts to its right
/// no further than two ems away and is in the same size of type continues it;
/// the two are joined by ``LayoutJoin`` and their boxes united. Table cells and
/// columns further apart stay separate lines.
enum RowFragments {
    /// `lines` (of one page, in reading order) with the fragments of each row joined.
    static func merged(_ lines: [PositionedLine]) -> [PositionedLine] {
        var result: [PositionedLine] = []
        result.reserveCapacity(lines.count)
        for line in lines {
            if let last = result.last, continuesRow(last, with: line) {
                var joined = last
                LayoutJoin.append(line.text, to: &joined.text)
                joined.xMax = max(last.xMax, line.xMax)
                joined.yMin = min(last.yMin, line.yMin)
                joined.yMax = max(last.yMax, line.yMax)
                result[result.count - 1] = joined
            } else {
                result.append(line)
            }
        }
        return result
    }

    private static func continuesRow(_ line: PositionedLine, with next: PositionedLine) -> Bool {
        let overlap = min(line.yMax, next.yMax) - max(line.yMin, next.yMin)
        let gap = next.xMin - line.xMax
        let em = max(line.size, next.size)
        return overlap > min(line.height, next.height) / 2 && gap >= -em / 2 && gap <= 2 * em
            && LayoutGeometry.sameSize(line.size, next.size)
    }
}
