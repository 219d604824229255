import SuoyinCore

/// The lines of the indexed documents, each as the run of passages it was
/// cut into, for brute force at paragraph scope: a paragraph is a line,
/// however many passages it holds.
///
/// A document's passages have consecutive ids in reading order, so a line's
/// passages are consecutive indexes of ``FoldedPassages`` too.
struct PassageLines {
    /// One line: its document's path, its 1-based number, its passages' indexes.
    struct Line: Hashable {
        var path: String
        var number: Int
        var passages: Range<Int>
    }

    private(set) var lines: [Line] = []
    /// `lineOfPassage[i]`: the index in ``lines`` of passage `i`'s line.
    private(set) var lineOfPassage: [Int] = []
    /// `columns[i]`: the 1-based column where passage `i` starts.
    private(set) var columns: [Int] = []

    /// Lines cut into several passages.
    var splitLines: Int { lines.count { $0.passages.count > 1 } }
    /// Passages that lie in lines cut into several passages.
    var passagesInSplitLines: Int { lines.reduce(0) { $0 + ($1.passages.count > 1 ? $1.passages.count : 0) } }

    /// The lines of `index`, whose passages `passages` holds in the same (id) order.
    init(index: IndexFile, passages: FoldedPassages) throws(BenchError) {
        let paths = try index.documentPaths()
        var position = 0
        try index.forEachPassageLine { id, document, line, column in
            precondition(passages.ids[position] == id, "passages and their lines are read in the same order")
            let path = paths[document] ?? "?"
            if let last = lines.last, last.path == path, last.number == line, last.passages.upperBound == position {
                lines[lines.count - 1].passages = last.passages.lowerBound..<(position + 1)
            } else {
                lines.append(Line(path: path, number: line, passages: position..<(position + 1)))
            }
            lineOfPassage.append(lines.count - 1)
            columns.append(column)
            position += 1
        }
    }

    /// Passage `index`'s citation, as `SearchResult.citation` writes it.
    func citation(ofPassage index: Int) -> String {
        let line = lines[lineOfPassage[index]]
        return Citation(path: line.path, line: line.number, column: columns[index]).description
    }

    /// The lines holding any of `passages`.
    func lines(of passages: Set<Int>) -> Set<Int> {
        Set(passages.map { lineOfPassage[$0] })
    }
}
