/// What a search returns beyond its query and filter: the page, how results
/// are grouped and ordered, the passages around each, and whether copies of
/// one passage are folded into one result.
///
/// For example, `SearchOptions(limit: 10, offset: 10, grouping: .documents)`
/// is the second page of documents, each with its best passage.
public struct SearchOptions: Hashable, Sendable {
    /// The most results to return; 0 returns every one.
    public var limit: Int
    /// Results to skip before the page, for paging.
    public var offset: Int
    /// Passages, or one entry per document.
    public var grouping: ResultGrouping
    /// The order of the results.
    public var sort: ResultSort
    /// Passages to return before and after each result (``SearchResult/before``).
    public var context: Int
    /// Whether each copy of a passage is its own result; by default copies
    /// (equal after folding, ignoring white space and punctuation) are
    /// listed under the best one (``SearchResult/copies``).
    public var allCopies: Bool

    public init(
        limit: Int = 10, offset: Int = 0, grouping: ResultGrouping = .passages, sort: ResultSort = .relevance,
        context: Int = 0, allCopies: Bool = false
    ) {
        self.limit = limit
        self.offset = offset
        self.grouping = grouping
        self.sort = sort
        self.context = context
        self.allCopies = allCopies
    }
}

/// Whether results are passages or documents.
public enum ResultGrouping: String, CaseIterable, Sendable {
    /// Every matching passage is a result.
    case passages
    /// One result per document: its best passage, with how many of its
    /// passages match (``SearchResult/matches``); documents in the order of
    /// their best passages.
    case documents
}

/// The order of search results.
public enum ResultSort: String, CaseIterable, Sendable {
    /// Best score first; ties in ``ResultOrder``, a passage holding a query
    /// phrase exactly as typed before one that matches only after folding.
    case relevance
    /// Newest document first, documents without a known date last; then by relevance.
    case date
    /// Document order: path bytewise in UTF-8, then line and column, to read
    /// every hit of one document in order.
    case path
}
