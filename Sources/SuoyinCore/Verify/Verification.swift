/// What `verify` found for a quotation: whether it stands in the
/// collection (at the citation, when one was given), every place it
/// stands, and, when it is not verified, the closest passages.
///
/// Its JSON form (`suoyin verify --json`) is a contract: exactly the
/// fields `verified`, `quote`, `citation`, `places`, `nearest`, `more`.
public struct Verification: Codable, Equatable, Sendable {
    /// Whether the quotation stands in the collection and, when a citation
    /// was given, at that citation.
    public var verified: Bool
    /// The quotation as given.
    public var quote: String
    /// The citation it was checked against, as given, or nil.
    public var citation: String?
    /// Every place the quotation stands (at most ``Verifier/maximumPlaces``), in
    /// order of path (bytewise), then position; those at the citation first.
    public var places: [QuotedPlace]
    /// When not verified: the closest passages, most similar first (empty when verified).
    public var nearest: [QuotedPlace]
    /// How many places were found beyond those listed (the quotation is that common).
    public var more: Int

    /// Creates a verification.
    public init(verified: Bool, quote: String, citation: String?, places: [QuotedPlace], nearest: [QuotedPlace], more: Int) {
        self.verified = verified
        self.quote = quote
        self.citation = citation
        self.places = places
        self.nearest = nearest
        self.more = more
    }

    enum CodingKeys: String, CodingKey { case verified, quote, citation, places, nearest, more }

    /// Encodes every field, missing values as null.
    public func encode(to encoder: any Encoder) throws {
        // By hand, so that a missing citation is null rather than absent.
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(verified, forKey: .verified)
        try container.encode(quote, forKey: .quote)
        try container.encode(citation, forKey: .citation)
        try container.encode(places, forKey: .places)
        try container.encode(nearest, forKey: .nearest)
        try container.encode(more, forKey: .more)
    }
}
