/// One ranked passage, as printed by `suoyin search` and `suoyin show`.
///
/// Its JSON form is a contract other tools rely on: exactly the fields
/// `rank`, `score`, `citation`, `path`, `title`, `line`, `start`, `end`,
/// `section`, `text`, `highlights`, `date`, `issuer`, `number`, `page`;
/// a search adds `copies` (always), `matches` (documents as results) and
/// `before` and `after` (with context), each only where it applies.
public struct SearchResult: Codable, Equatable, Sendable {
    /// 1-based rank in the result list (`nil` for `show`).
    public var rank: Int?
    /// Relevance, higher is better: the negated FTS5 BM25 (`nil` for `show`).
    public var score: Double?
    /// `PATH:LINE:COL` of the passage.
    public var citation: String
    /// The document's path as given at index time.
    public var path: String
    /// The document's title.
    public var title: String
    /// 1-based line of the passage.
    public var line: Int
    /// Code point offset of the passage in the decoded document.
    public var start: Int
    /// Code point offset just past the passage.
    public var end: Int
    /// Headings above the passage, outermost first.
    public var section: [String]
    /// The passage, exactly as the document has it.
    public var text: String
    /// Matched ranges as `[start, end]` code point offsets into `text`.
    public var highlights: [[Int]]
    /// The document's publication date as `YYYY-MM-DD`, if known.
    public var date: String?
    /// The body that issued the document, if known.
    public var issuer: String?
    /// The document's issuing number (`发文字号`, e.g. `国发〔2021〕12号`), if known.
    public var number: String?

    /// The 1-based page the passage starts on, for documents with pages
    /// (PDF, OFD); nil for documents without pages.
    public var page: Int? = nil

    /// Citations of the passage's copies elsewhere (equal after folding,
    /// ignoring white space and punctuation), folded into this result; set
    /// by a search (empty with ``SearchOptions/allCopies``), nil for `show`.
    public var copies: [String]? = nil
    /// How many of the document's passages match, when results are
    /// documents (``ResultGrouping/documents``); nil otherwise.
    public var matches: Int? = nil
    /// The passages before this one in its document, with ``SearchOptions/context``; nil without.
    public var before: [ContextPassage]? = nil
    /// The passages after this one in its document, with ``SearchOptions/context``; nil without.
    public var after: [ContextPassage]? = nil

    enum CodingKeys: String, CodingKey {
        case rank, score, citation, path, title, line, start, end, section, text, highlights, date, issuer, number, page
        case copies, matches, before, after
    }

    public func encode(to encoder: any Encoder) throws {
        // Written by hand so that missing values appear as null rather than vanish.
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rank, forKey: .rank)
        try container.encode(score, forKey: .score)
        try container.encode(citation, forKey: .citation)
        try container.encode(path, forKey: .path)
        try container.encode(title, forKey: .title)
        try container.encode(line, forKey: .line)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(section, forKey: .section)
        try container.encode(text, forKey: .text)
        try container.encode(highlights, forKey: .highlights)
        try container.encode(date, forKey: .date)
        try container.encode(issuer, forKey: .issuer)
        try container.encode(number, forKey: .number)
        try container.encode(page, forKey: .page)
        // The search's additions appear only where they apply, so `show` and older fields stay as they were.
        try container.encodeIfPresent(copies, forKey: .copies)
        try container.encodeIfPresent(matches, forKey: .matches)
        try container.encodeIfPresent(before, forKey: .before)
        try container.encodeIfPresent(after, forKey: .after)
    }
}
