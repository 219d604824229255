/// Where a passage is: `PATH:LINE:COL`, as grep, compilers and editors write it.
///
/// `LINE` is 1-based; `COL` is the 1-based code point column where the
/// passage starts in that line. `PATH:LINE` names the first passage of the line.
///
/// For example: `Corpus/cixi-2023.txt:7:1`.
public struct Citation: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int?

    public init(path: String, line: Int, column: Int?) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// Parses `PATH:LINE:COL` or `PATH:LINE`; the path itself may contain colons.
    public init(parsing text: String) throws(SuoyinError) {
        // Split on scalars, not Characters: a colon after a prepended mark such
        // as U+0605 is part of the mark's Character (found by fuzzing).
        // Only the last two colons are looked for: a search's copies are
        // thousands of citations, each parsed to count their documents.
        let scalars = text.unicodeScalars
        func number(_ part: Substring.UnicodeScalarView) -> Int? { Int(String(part)).flatMap { $0 > 0 ? $0 : nil } }
        guard let last = scalars.lastIndex(of: ":") else { throw .malformedCitation(text) }
        let head = scalars[..<last]
        let tail = scalars[scalars.index(after: last)...]
        if let previous = head.lastIndex(of: ":"), let line = number(head[head.index(after: previous)...]),
           let column = number(tail) {
            self.init(path: String(head[..<previous]), line: line, column: column)
        } else if let line = number(tail) {
            self.init(path: String(head), line: line, column: nil)
        } else {
            throw .malformedCitation(text)
        }
        if path.isEmpty { throw .malformedCitation(text) }
    }

    public var description: String {
        column.map { "\(path):\(line):\($0)" } ?? "\(path):\(line)"
    }
}
