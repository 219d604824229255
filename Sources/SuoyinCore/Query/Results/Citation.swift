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
        let parts = text.unicodeScalars.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        func number(_ part: String) -> Int? { Int(part).flatMap { $0 > 0 ? $0 : nil } }
        if parts.count >= 3, let line = number(parts[parts.count - 2]), let column = number(parts[parts.count - 1]) {
            self.init(path: parts.dropLast(2).joined(separator: ":"), line: line, column: column)
        } else if parts.count >= 2, let line = number(parts[parts.count - 1]) {
            self.init(path: parts.dropLast().joined(separator: ":"), line: line, column: nil)
        } else {
            throw .malformedCitation(text)
        }
        if path.isEmpty { throw .malformedCitation(text) }
    }

    public var description: String {
        column.map { "\(path):\(line):\($0)" } ?? "\(path):\(line)"
    }
}
