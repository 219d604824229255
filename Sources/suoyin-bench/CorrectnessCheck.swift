import SuoyinCore

/// One query's results checked against brute force.
struct CorrectnessRow: Codable {
    var query: BenchQuery
    /// Passages whose folded text matches the folded query, found by scanning.
    var bruteForce: Int
    /// Passages FTS5 matches for the query's expression.
    var ftsCount: Int
    /// Results of `Searcher.search(query, limit: 0)`.
    var searcherCount: Int
    var countsAgree: Bool
    /// Citations shared by Searcher's top 10 and the exhaustive BM25 top 10.
    var overlapAt10: Int
    /// Whether Searcher's top 10 is the exhaustive top 10 exactly: same
    /// citations in the same order, each score equal to -bm25() bit for bit.
    var rankingIdentical: Bool
    /// The size of the exhaustive top 10 (fewer when fewer passages match).
    var expectedTop: Int
    var searcherCountSeconds: Double
}

/// Checks Suoyin while it is measured: hit counts against a brute-force scan
/// of the folded passages, and the ranked top 10 against an exhaustive BM25
/// ranking of every match.
struct CorrectnessCheck {
    let searcher: Searcher
    let index: IndexFile
    let passages: FoldedPassages

    func check(_ query: BenchQuery) throws(BenchError) -> CorrectnessRow {
        let parsed: Query
        let all: (value: [SearchResult], seconds: Double)
        let top: [SearchResult]
        do throws(SuoyinError) {
            parsed = try QueryParser.parse(query.text, scope: .passage)
            all = try Stopwatch.time { () throws(SuoyinError) in try searcher.search(parsed, limit: 0) }
            top = try searcher.search(parsed, limit: 10)
        } catch {
            throw .suoyin(error)
        }
        let bruteForce = passages.count(matching: query)
        let ftsCount = try index.matchCount(parsed.matchExpression)
        let ranked = Array(try index.exhaustiveRanking(parsed.matchExpression).prefix(10))
        let exhaustive = ranked.map(\.citation.description)
        let overlap = Set(exhaustive).intersection(top.map(\.citation)).count
        let identical = top.count == ranked.count && zip(top, ranked).allSatisfy { result, expected in
            result.citation == expected.citation.description && result.score == -expected.bm25
        }
        return CorrectnessRow(
            query: query, bruteForce: bruteForce, ftsCount: ftsCount, searcherCount: all.value.count,
            countsAgree: bruteForce == ftsCount && ftsCount == all.value.count,
            overlapAt10: overlap, rankingIdentical: identical, expectedTop: exhaustive.count,
            searcherCountSeconds: all.seconds)
    }
}
