import GRDB

/// Runs queries against an index and returns ranked passages with highlights.
///
/// Ranking is FTS5's BM25 over passages, best first (computed by ``Ranker``,
/// equal to FTS5's `bm25()`); ties go by path, then line and column.
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
        // A page that ends past `deepestTop` is cut from all matches: a heap is never reserved
        // for results that cannot exist (--limit 10000000000 asked for 80 GB), nor overflows.
        let (pageEnd, overflows) = offset.addingReportingOverflow(limit)
        let top = limit > 0 && !overflows && pageEnd <= Self.deepestTop ? pageEnd : nil
        let rows = try database.read("search") { db -> [Match] in
            let ranker = try Ranker(db, query: query, lengths: database.lengthsCache.lengths)
            let allowed = try filter.sql.map { try PassageRanges(db, filter: $0) }
            let allows = allowed.map { ranges in { ranges.contains($0) } }
            let pinned = try DocumentNumberPinning(query)?.passages(db, ranker: ranker, allows: allows) ?? []
            let pinnedIds = Set(pinned.map(\.id))
            let ranked: [RankedPassage]
            if let top {
                ranked = try ranker.top(top + pinned.count, allows: allows)
            } else {
                ranked = try ranker.all(allows: allows ?? { _ in true })
            }
            let rest = ranked.filter { !pinnedIds.contains($0.id) }
            // Pinned documents come first with the search's best score (see DocumentNumberPinning).
            let best = (ranked.map(\.bm25) + pinned.compactMap(\.bm25)).min() ?? 0
            let first = try pinned.flatMap { passage in
                try matches(db, ranked: [RankedPassage(id: passage.id, bm25: best)], count: 1)
            }
            let count = top ?? ranked.count
            return first + (try matches(db, ranked: rest, count: max(count - first.count, 0)))
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

    /// The deepest page end ranked with a bounded heap; deeper pages rank all matches.
    static let deepestTop = 1_000_000

    /// The passage columns a result needs, from `p` (passages), `s` (sections) and `d` (documents).
    private static let resultColumns = """
        p.line, p.column, p.start, s.headings AS section, p.text, d.path, d.title, d.date, d.issuer, d.number, d.pageLines
        """

    /// A matching passage and its BM25 (lower is better).
    private typealias Match = (record: PassageRecord, bm25: Double)

    /// The best `count` of `ranked` (which holds every passage that can be
    /// among them, with its BM25), joined with passages and documents, in
    /// result order: by score, then path (bytewise in UTF-8), line, column
    /// and, for documents that share a path, passage id.
    private func matches(_ db: Database, ranked: [RankedPassage], count: Int) throws -> [Match] {
        guard count > 0, !ranked.isEmpty else { return [] }
        var candidates = ranked.sorted { $0.bm25 < $1.bm25 }
        if candidates.count > count {
            let boundary = candidates[count - 1].bm25
            candidates = candidates.filter { $0.bm25 <= boundary }
        }
        let scores = Dictionary(candidates.map { ($0.id, $0.bm25) }, uniquingKeysWith: { first, _ in first })
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.id, \(Self.resultColumns) FROM passages p JOIN documents d ON d.id = p.documentId
            LEFT JOIN sections s ON s.id = p.sectionId
            WHERE p.id IN (SELECT value FROM json_each(?))
            """, arguments: ["[" + scores.keys.map(String.init).joined(separator: ",") + "]"])
        let matches = rows.map { row -> (id: Int64, match: Match) in
            (row["id"], (PassageRecord(row: row), scores[row["id"]]!))
        }
        return matches.sorted { lhs, rhs in
            if lhs.match.bm25 != rhs.match.bm25 { return lhs.match.bm25 < rhs.match.bm25 }
            if lhs.match.record.path != rhs.match.record.path {
                return lhs.match.record.path.utf8.lexicographicallyPrecedes(rhs.match.record.path.utf8)
            }
            return (lhs.match.record.line, lhs.match.record.column, lhs.id)
                < (rhs.match.record.line, rhs.match.record.column, rhs.id)
        }.prefix(count).map(\.match)
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
    var number: String?
    /// The page the passage starts on, for documents with pages.
    var page: Int?

    init(row: Row) {
        path = row["path"]
        title = row["title"]
        line = row["line"]
        column = row["column"]
        start = row["start"]
        let joined: String = row["section"] ?? ""
        section = joined.isEmpty ? [] : joined.split(separator: IndexSchema.sectionSeparator).map(String.init)
        text = row["text"]
        // The passage is exactly the document's scalars start..<end.
        end = start + text.unicodeScalars.count
        date = row["date"]
        issuer = row["issuer"]
        number = row["number"]
        let pageLines: String? = row["pageLines"]
        page = pageLines.flatMap(PageLines.init(stored:))?.page(ofLine: line)
    }

    var citation: Citation { Citation(path: path, line: line, column: column) }

    /// The record as an unranked result without highlights.
    var result: SearchResult {
        SearchResult(rank: nil, score: nil, citation: citation.description, path: path, title: title, line: line,
                     start: start, end: end, section: section, text: text, highlights: [], date: date, issuer: issuer,
                     number: number, page: page)
    }
}
