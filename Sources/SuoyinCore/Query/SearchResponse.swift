/// What ``Searcher/search(_:filter:options:)`` returns: one page of results
/// and the exact totals of the whole search.
public struct SearchResponse: Equatable, Sendable {
    /// The page, in order.
    public var results: [SearchResult]
    /// Every match of the query in the documents the filter lets through.
    public var total: SearchTotal
    /// How many copies the page's results list (``SearchResult/copies``).
    public var listedCopies: Int { results.reduce(0) { $0 + ($1.copies?.count ?? 0) } }

    public init(results: [SearchResult], total: SearchTotal) {
        self.results = results
        self.total = total
    }
}

/// How many passages match a search, and in how many documents: every match
/// counted, copies of one passage included, each document once.
///
/// Its JSON form (`suoyin search --count --json`) is `{"documents":5,"passages":46}`.
public struct SearchTotal: Codable, Equatable, Sendable {
    public var passages: Int
    public var documents: Int

    public init(passages: Int, documents: Int) {
        self.passages = passages
        self.documents = documents
    }
}
