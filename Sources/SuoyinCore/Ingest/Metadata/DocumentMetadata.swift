/// What a document says about itself: when it was published, who issued it
/// and under which document number.
///
/// For example, the page headed `发布日期:2024-02-29 11:31 信息来源:市司法局`
/// has the metadata `DocumentMetadata(date: "2024-02-29", issuer: "市司法局")`.
public struct DocumentMetadata: Equatable, Sendable {
    /// The publication date as ISO 8601 `YYYY-MM-DD`, or `nil` if the document gives none.
    public var date: String?
    /// The issuing body as the document spells it, or `nil` if the document names none.
    public var issuer: String?
    /// The issuing document number (`发文字号`) as the document spells it, such as
    /// `国发〔2021〕12号`, or `nil` if the document gives none.
    public var number: String?

    public init(date: String? = nil, issuer: String? = nil, number: String? = nil) {
        self.date = date
        self.issuer = issuer
        self.number = number
    }
}
