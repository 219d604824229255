/// A stretch of a document compared with a quotation: a place where it
/// stands, or a near miss with its similarity and differences.
public struct QuotedPlace: Codable, Equatable, Sendable {
    /// `PATH:LINE:COL` of the passage the stretch starts in, as `suoyin search` prints it
    /// (and `suoyin show` takes).
    public var citation: String
    /// The document's path as given at index time.
    public var path: String
    /// The document's title.
    public var title: String
    /// The headings above the passage the stretch starts in, outermost first.
    public var section: [String]
    /// The document's publication date as `YYYY-MM-DD`, if known.
    public var date: String?
    /// The body that issued the document, if known.
    public var issuer: String?
    /// The document's issuing number, if known.
    public var number: String?
    /// The 1-based page the stretch starts on, for documents with pages.
    public var page: Int?
    /// The 1-based line the stretch starts on.
    public var line: Int
    /// The 1-based code point column of the stretch's first character in its line.
    public var column: Int
    /// Code point offset of the stretch's first character in the decoded document.
    public var start: Int
    /// Code point offset just past its last character.
    public var end: Int
    /// The document's text from `start` to `end`, as written (the other script, other
    /// punctuation); what the index does not keep between passages as line ends and spaces.
    /// For a quotation with an ellipsis, each segment's text, joined by `……`.
    public var text: String
    /// For a quotation with an ellipsis: `[start, end]` document offsets of each segment.
    public var segments: [[Int]]
    /// 1 for a place; for a near miss, 1 − (edit distance ÷ the longer of the two), over content characters.
    public var similarity: Double
    /// For a near miss: the differences from the document's text to the quotation.
    public var diff: [DiffPart]

    /// Creates a place.
    public init(citation: String, path: String, title: String, section: [String], date: String?, issuer: String?,
                number: String?, page: Int?, line: Int, column: Int, start: Int, end: Int, text: String,
                segments: [[Int]], similarity: Double, diff: [DiffPart]) {
        self.citation = citation
        self.path = path
        self.title = title
        self.section = section
        self.date = date
        self.issuer = issuer
        self.number = number
        self.page = page
        self.line = line
        self.column = column
        self.start = start
        self.end = end
        self.text = text
        self.segments = segments
        self.similarity = similarity
        self.diff = diff
    }

    enum CodingKeys: String, CodingKey {
        case citation, path, title, section, date, issuer, number, page, line, column, start, end, text, segments
        case similarity, diff
    }

    /// Encodes every field, missing values as null.
    public func encode(to encoder: any Encoder) throws {
        // By hand, so that missing values are null rather than absent.
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(citation, forKey: .citation)
        try container.encode(path, forKey: .path)
        try container.encode(title, forKey: .title)
        try container.encode(section, forKey: .section)
        try container.encode(date, forKey: .date)
        try container.encode(issuer, forKey: .issuer)
        try container.encode(number, forKey: .number)
        try container.encode(page, forKey: .page)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(text, forKey: .text)
        try container.encode(segments, forKey: .segments)
        try container.encode(similarity, forKey: .similarity)
        try container.encode(diff, forKey: .diff)
    }
}

/// One part of a character-level diff from a document's text to a quotation.
///
/// The parts' `text` joined is the near miss's text; their `quote` joined is
/// the quotation from its first content character to its last. Ignored
/// characters (spaces, punctuation) travel with the content character before them.
public struct DiffPart: Codable, Equatable, Sendable {
    /// What the quotation does to the document's text here.
    public enum Kind: String, Codable, Sendable {
        /// Both have the same content characters (after folding).
        case same
        /// The quotation has characters the document does not.
        case added
        /// The quotation leaves out the document's characters.
        case dropped
        /// The quotation has other characters in place of the document's.
        case changed
    }

    /// What the quotation does here.
    public var kind: Kind
    /// The document's characters (empty for `added`).
    public var text: String
    /// The quotation's characters (empty for `dropped`).
    public var quote: String

    /// Creates a diff part.
    public init(kind: Kind, text: String, quote: String) {
        self.kind = kind
        self.text = text
        self.quote = quote
    }
}
