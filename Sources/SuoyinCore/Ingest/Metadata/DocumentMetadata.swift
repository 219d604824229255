/// What a document says about itself: when it was published and who issued it.
///
/// For example, the page headed `发布日期:2024-02-29 11:31 信息来源:市司法局`
/// has the metadata `DocumentMetadata(date: "2024-02-29", issuer: "市司法局")`.
public struct DocumentMetadata: Equatable, Sendable {
    /// The publication date as ISO 8601 `YYYY-MM-DD`, or `nil` if the document gives none.
    public var date: String?
    /// The issuing body as the document spells it, or `nil` if the document names none.
    public var issuer: String?

    public init(date: String? = nil, issuer: String? = nil) {
        self.date = date
        self.issuer = issuer
    }
}
