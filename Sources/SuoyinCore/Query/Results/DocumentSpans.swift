import GRDB
import GRDBSQLite

/// Every document that has passages, as the range of its passage ids:
/// which document a passage belongs to, without reading the passage. A
/// document's passages have consecutive ids in reading order
/// (``IndexSchema``), so the ranges are disjoint and sorted.
///
/// Only the two ids of each document are read, with SQLite's C API: every
/// search loads the spans, and a fresh `suoyin search` spent half of its
/// instructions at 200 MB (7,702 documents) making GRDB rows with each
/// document's path and date; sorting by path or date reads those itself
/// (``DocumentPlaces``).
struct DocumentSpans: Sendable {
    /// One document's passages.
    struct Document: Sendable {
        var first: Int64
        var last: Int64
    }

    /// Sorted by ``Document/first``.
    let documents: [Document]

    init(_ db: Database) throws {
        var documents: [Document] = []
        let statement = try db.makeStatement(sql: """
            SELECT firstPassage, lastPassage FROM documents WHERE lastPassage >= firstPassage
            """)
        try RawRows.forEach(statement, in: db) { handle in
            documents.append(Document(first: sqlite3_column_int64(handle, 0), last: sqlite3_column_int64(handle, 1)))
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

/// The path and date of each document of a ``DocumentSpans``, for the
/// orders that need them (``ResultSort/date``, ``ResultSort/path``), read
/// only then.
struct DocumentPlaces {
    /// Each document's path, by its index in ``DocumentSpans/documents``.
    let paths: [String]
    /// Each document's date (`YYYY-MM-DD`), nil when unknown, likewise.
    let dates: [String?]

    init(_ db: Database, spans: DocumentSpans) throws {
        var byFirst: [Int64: (path: String, date: String?)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT firstPassage, path, date FROM documents WHERE lastPassage >= firstPassage
            """) {
            byFirst[row[0]] = (row[1], row[2])
        }
        let places = spans.documents.map { byFirst[$0.first] ?? (path: "", date: nil) }
        paths = places.map(\.path)
        dates = places.map(\.date)
    }
}
