/// A paragraph rebuilt from positioned lines: one line of extracted text.
public struct LayoutParagraph: Equatable, Sendable {
    /// The paragraph's text, its visual lines joined (no line breaks).
    public var text: String
    /// 1-based page where the paragraph starts.
    public var page: Int
    /// The largest ``PositionedLine/size`` among its lines, for finding the
    /// most prominent text of a page.
    public var size: Double

    /// Creates a paragraph.
    public init(text: String, page: Int, size: Double) {
        self.text = text
        self.page = page
        self.size = size
    }
}
