import GRDB

/// Every document that has passages, as the range of its passage ids, with
/// its path and date: which document a passage belongs to, without reading
/// the passage. A document's passages have consecutive ids in reading order
/// (``IndexSchema``), so the ranges are disjoint and sorted.
struct DocumentSpans: Sendable {
    /// One document's passages and what orders documents.
    struct Document: Sendable {
        var first: Int64
        var last: Int64
        var path: String
        /// `YYYY-MM-DD`, or nil when unknown.
        var date: String?
    }

    /// Sorted by ``Document/first``.
    let documents: [Document]

    init(_ db: Database) throws {
        var documents: [Document] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT firstPassage, lastPassage, path, date FROM documents WHERE lastPassage >= firstPassage
            """) {
            documents.append(Document(first: row[0], last: row[1], path: row[2], date: row[3]))
        }
        documents.sort { $0.first < $1.first }
        self.documents = documents
    }

    /// The index in ``documents`` of the document holding passage `id`.
    func index(containing id: Int64) -> Int? {
        // The last document starting at or before `id`.
        var low = 0
        var high = documents.count
        while low < high {
            let middle = (low + high) / 2
            if documents[middle].first <= id { low = middle + 1 } else { high = middle }
        }
        return low > 0 && id <= documents[low - 1].last ? low - 1 : nil
    }
}
