import GRDB

/// Puts first the documents whose number a query is: a reader who types
/// `国发〔2021〕12号` wants that document, not the ones that cite it.
///
/// A query is a document number when it is one term and nothing else, and
/// that term reads as a whole number (``DocumentNumber/isNumber(_:)``). Each
/// document with that number (compared by ``DocumentNumber/key(_:)``) that
/// the filter lets through gives one result: its best passage that matches
/// the query, or its first passage when the number is only in its metadata
/// (an information table) — see ``QueryEvaluator/pinnedPassages()``. Pinned
/// results take the best score of the search, so scores still fall from the
/// first result to the last, and among themselves go by ``ResultOrder``.
struct DocumentNumberPinning {
    /// The key of the number the query is.
    let key: String

    /// The pinning for `query`, or nil when the query is not a document number.
    init?(_ query: Query) {
        guard case .term(let term) = query.expression, DocumentNumber.isNumber(term.source) else { return nil }
        key = DocumentNumber.key(term.source)
    }

    /// The passage ids of each document with the number that `allowed`
    /// (nil: every document) lets through.
    func documents(_ db: Database, allowed: PassageRanges?) throws -> [ClosedRange<Int64>] {
        let documents = try Row.fetchAll(db, sql: """
            SELECT firstPassage, lastPassage FROM documents
            WHERE \(FoldedKeyFunction.name)(number) = ? AND lastPassage >= firstPassage ORDER BY path, id
            """, arguments: [key])
        return documents.map { (document: Row) -> ClosedRange<Int64> in document[0]...document[1] }
            .filter { allowed?.contains($0.lowerBound) ?? true }
    }
}
