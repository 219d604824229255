import GRDB

/// Runs queries against an index and returns ranked passages with highlights.
///
/// Ranking is FTS5's BM25 over passages, best first; ties go by path, then line.
public struct Searcher: Sendable {
    public let database: IndexDatabase

    public init(database: IndexDatabase) {
        self.database = database
    }

    /// The passages matching `query` in the documents `filter` lets through,
    /// best first. A `limit` of 0 means all.
    public func search(
        _ query: Query, filter: SearchFilter = SearchFilter(), limit: Int = 10, offset: Int = 0
    ) throws(SuoyinError) -> [SearchResult] {
        let filterSQL = filter.sql
        let rows = try database.read("search") { db in
            var arguments: StatementArguments = [query.matchExpression]
            if let filterSQL { arguments += StatementArguments(filterSQL.arguments) }
            arguments += [limit > 0 ? limit : -1, max(offset, 0)]
            return try Row.fetchAll(db, sql: """
                SELECT p.line, p.column, p.start, p."end", p.section, p.text, d.path, d.title, d.date, d.issuer,
                       bm25(passages_fts) AS bm25
                FROM passages_fts
                JOIN passages p ON p.id = passages_fts.rowid
                JOIN documents d ON d.id = p.documentId
                WHERE passages_fts MATCH ? \(filterSQL.map { "AND " + $0.condition } ?? "")
                ORDER BY bm25, d.path, p.line, p.column
                LIMIT ? OFFSET ?
                """, arguments: arguments)
        }
        let phrases = query.positivePhrases
        return rows.enumerated().map { index, row in
            var result = PassageRecord(row: row).result
            result.rank = offset + index + 1
            result.score = -(row["bm25"] as Double)
            result.highlights = HighlightFinder.highlights(of: phrases, in: result.text).map { [$0.lowerBound, $0.upperBound] }
            return result
        }
    }
}

/// A passage row joined with its document, as read from the index.
struct PassageRecord {
    var path: String
    var title: String
    var line: Int
    var column: Int
    var start: Int
    var end: Int
    var section: [String]
    var text: String
    var date: String?
    var issuer: String?

    init(row: Row) {
        path = row["path"]
        title = row["title"]
        line = row["line"]
        column = row["column"]
        start = row["start"]
        end = row["end"]
        let joined: String = row["section"]
        section = joined.isEmpty ? [] : joined.split(separator: IndexSchema.sectionSeparator).map(String.init)
        text = row["text"]
        date = row["date"]
        issuer = row["issuer"]
    }

    var citation: Citation { Citation(path: path, line: line, column: column) }

    /// The record as an unranked result without highlights.
    var result: SearchResult {
        SearchResult(rank: nil, score: nil, citation: citation.description, path: path, title: title, line: line,
                     start: start, end: end, section: section, text: text, highlights: [], date: date, issuer: issuer)
    }
}
