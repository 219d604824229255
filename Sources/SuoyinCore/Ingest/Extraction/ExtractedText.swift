/// Text extracted from a formatted document, ready for passage splitting.
///
/// Lines are trimmed, runs of blank lines are one blank line, and the text
/// neither starts nor ends with a blank line (see ``TextLines``).
public struct ExtractedText: Equatable, Sendable {
    /// The text, lines separated by "\n". Citations refer to these lines.
    public var text: String
    /// The document's own title, if it declares one.
    public var title: String?
    /// Heading levels (1 = outermost) by 1-based line number of `text`.
    public var headingLevels: [Int: Int]
    /// What the document's markup says about it (a web page's information
    /// table); empty where it says nothing.
    public var metadata: DocumentMetadata
    /// For a document with pages (PDF, OFD), the 1-based line of `text` where each
    /// page starts (see ``PageLines``); nil for documents without pages.
    public var pageLines: PageLines?

    /// Creates extracted text from its parts.
    public init(text: String, title: String? = nil, headingLevels: [Int: Int] = [:],
                metadata: DocumentMetadata = DocumentMetadata(), pageLines: PageLines? = nil) {
        self.text = text
        self.title = title
        self.headingLevels = headingLevels
        self.metadata = metadata
        self.pageLines = pageLines
    }
}
