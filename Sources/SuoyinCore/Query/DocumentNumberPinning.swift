import GRDB

/// Puts first the documents whose number a query is: a reader who types
/// `国发〔2021〕12号` wants that document, not the ones that cite it.
///
/// A query is a document number when it is one term and nothing else, and
/// that term reads as a whole number (``DocumentNumber/isNumber(_:)``). Each
/// document with that number (compared by ``DocumentNumber/key(_:)``) that
/// the filter lets through gives one result, in path order: its best
/// passage that matches the query, or its first passage when the number is
/// only in its metadata (an information table). Pinned results take the best
/// score of the search, so scores still fall from the first result to the last.
struct DocumentNumberPinning {
    /// The key of the number the query is.
    let key: String

    /// The pinning for `query`, or nil when the query is not a document number.
    init?(_ query: Query) {
        guard query.excluded.isEmpty, query.groups.count == 1, query.groups[0].count == 1,
              DocumentNumber.isNumber(query.groups[0][0].source)
        else { return nil }
        key = DocumentNumber.key(query.groups[0][0].source)
    }

    /// One passage for each document with the number that `allows` lets
    /// through, in path order, with the BM25 of its match (nil for a first
    /// passage that does not match).
    func passages(_ db: Database, ranker: Ranker, allows: ((Int64) -> Bool)?) throws -> [(id: Int64, bm25: Double?)] {
        let documents = try Row.fetchAll(db, sql: """
            SELECT firstPassage, lastPassage FROM documents
            WHERE \(FoldedKeyFunction.name)(number) = ? AND lastPassage >= firstPassage ORDER BY path, id
            """, arguments: [key])
        var passages: [(id: Int64, bm25: Double?)] = []
        for document in documents {
            let range: ClosedRange<Int64> = document[0]...document[1]
            guard allows?(range.lowerBound) ?? true else { continue }
            let best = try ranker.top(1) { range.contains($0) }.min { ($0.bm25, $0.id) < ($1.bm25, $1.id) }
            passages.append(best.map { ($0.id, $0.bm25) } ?? (range.lowerBound, nil))
        }
        return passages
    }
}
