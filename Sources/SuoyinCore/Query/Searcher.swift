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
        let offset = max(offset, 0)
        let rows = try database.read("search") { db in
            if limit > 0, filter.sql == nil {
                return try topRows(db, query: query, count: offset + limit)
            }
            return try allRows(db, query: query, filter: filter)
        }
        let page = rows.dropFirst(offset).prefix(limit > 0 ? limit : Int.max)
        let phrases = query.positivePhrases
        return page.enumerated().map { index, match in
            var result = match.record.result
            result.rank = offset + index + 1
            result.score = -match.bm25
            result.highlights = HighlightFinder.highlights(of: phrases, in: result.text).map { [$0.lowerBound, $0.upperBound] }
            return result
        }
    }

    /// The passage columns a result needs, from `p` (passages) and `d` (documents).
    private static let resultColumns = """
        p.line, p.column, p.start, p."end", p.section, p.text, d.path, d.title, d.date, d.issuer
        """

    /// A matching passage and its BM25 (lower is better).
    private typealias Match = (record: PassageRecord, bm25: Double)

    /// Every match in order, joined with its passage and document.
    private func allRows(_ db: Database, query: Query, filter: SearchFilter) throws -> [Match] {
        let filterSQL = filter.sql
        var arguments: StatementArguments = [query.matchExpression]
        if let filterSQL { arguments += StatementArguments(filterSQL.arguments) }
        return try Row.fetchAll(db, sql: """
            SELECT \(Self.resultColumns), bm25(passages_fts) AS bm25
            FROM passages_fts
            JOIN passages p ON p.id = passages_fts.rowid
            JOIN documents d ON d.id = p.documentId
            WHERE passages_fts MATCH ? \(filterSQL.map { "AND " + $0.condition } ?? "")
            ORDER BY bm25, d.path, p.line, p.column
            """, arguments: arguments).map { (PassageRecord(row: $0), $0["bm25"]) }
    }

    /// The best `count` matches in order.
    ///
    /// FTS5 ranks the matches alone first, so only the best few are joined
    /// with their passages and documents (the join for every match cost more
    /// than the ranking). Passages tied with the last one kept are all
    /// fetched, so ties still go by path and line exactly.
    private func topRows(_ db: Database, query: Query, count: Int) throws -> [Match] {
        if let ranked = try ImpactRanking.candidates(db, query: query, count: count) {
            return try matches(db, ranked: ranked, count: count)
        }
        let ranked = try Row.fetchAll(db, sql: """
            SELECT rowid, bm25(passages_fts) AS bm25 FROM passages_fts
            WHERE passages_fts MATCH ? ORDER BY bm25 LIMIT ?
            """, arguments: [query.matchExpression, count + 1])
        var candidates = ranked.map { (id: $0["rowid"] as Int64, bm25: $0["bm25"] as Double) }
        if candidates.count > count, candidates[count - 1].bm25 == candidates[count].bm25 {
            let boundary = candidates[count - 1].bm25
            candidates = try Row.fetchAll(db, sql: """
                SELECT rowid, bm25 FROM (SELECT rowid, bm25(passages_fts) AS bm25 FROM passages_fts
                WHERE passages_fts MATCH ?) WHERE bm25 <= ?
                """, arguments: [query.matchExpression, boundary]).map { ($0["rowid"], $0["bm25"]) }
        }
        return try matches(db, ranked: candidates, count: count)
    }

    /// The best `count` of `ranked` (which holds every passage that can be
    /// among them, with its BM25), joined with passages and documents, in
    /// result order.
    private func matches(_ db: Database, ranked: [(id: Int64, bm25: Double)], count: Int) throws -> [Match] {
        var candidates = ranked.sorted { $0.bm25 < $1.bm25 }
        if candidates.count > count {
            let boundary = candidates[count - 1].bm25
            candidates = candidates.filter { $0.bm25 <= boundary }
        }
        let scores = Dictionary(candidates.map { ($0.id, $0.bm25) }, uniquingKeysWith: { first, _ in first })
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.id, \(Self.resultColumns) FROM passages p JOIN documents d ON d.id = p.documentId
            WHERE p.id IN (SELECT value FROM json_each(?))
            """, arguments: ["[" + scores.keys.map(String.init).joined(separator: ",") + "]"])
        let matches = rows.map { row -> Match in (PassageRecord(row: row), scores[row["id"]]!) }
        return matches.sorted { lhs, rhs in
            (lhs.bm25, lhs.record.path, lhs.record.line, lhs.record.column)
                < (rhs.bm25, rhs.record.path, rhs.record.line, rhs.record.column)
        }.prefix(count).map { $0 }
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
