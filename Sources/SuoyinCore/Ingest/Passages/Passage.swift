/// A passage: a line, or a piece of a long line, with where it came from in the document.
///
/// Offsets count Unicode scalars (code points) of the decoded document, with
/// no newline translation: `"\r\n"` is two scalars. For example, in
/// `"标题\r\n\u{3000}正文。"` the body passage is
/// `Passage(line: 2, column: 2, start: 5, end: 8, text: "正文。", section: [])`.
public struct Passage: Equatable, Sendable {
    /// The 1-based line the passage lies on; a passage never crosses a line end.
    public var line: Int
    /// The 1-based scalar column in its line where the passage starts.
    public var column: Int
    /// The scalar offset of the passage's first scalar in the document.
    public var start: Int
    /// The scalar offset just past the passage's last scalar (exclusive).
    public var end: Int
    /// Exactly the document's scalars `start..<end`.
    public var text: String
    /// The texts of the headings above the passage, outermost first.
    public var section: [String]

    /// Creates a passage from its parts.
    public init(line: Int, column: Int, start: Int, end: Int, text: String, section: [String]) {
        self.line = line
        self.column = column
        self.start = start
        self.end = end
        self.text = text
        self.section = section
    }
}
