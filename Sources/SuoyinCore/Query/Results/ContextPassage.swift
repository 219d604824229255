/// A passage shown around a search result (`suoyin search --context N`):
/// where it is and its text, as `suoyin show --context` prints it.
public struct ContextPassage: Codable, Equatable, Sendable {
    /// `PATH:LINE:COL` of the passage.
    public var citation: String
    /// 1-based line of the passage.
    public var line: Int
    /// The passage, exactly as the document has it.
    public var text: String

    public init(citation: String, line: Int, text: String) {
        self.citation = citation
        self.line = line
        self.text = text
    }

    /// The passage of `result`.
    init(_ result: SearchResult) {
        self.init(citation: result.citation, line: result.line, text: result.text)
    }
}
