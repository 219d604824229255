import SuoyinCore

/// One query's results checked against brute force.
struct CorrectnessRow: Codable {
    var query: BenchQuery
    /// What the counts count: `passages`, or `lines` for a query at paragraph scope.
    var unit = "passages"
    /// Passages (lines) whose folded text satisfies the query, found by scanning.
    var bruteForce: Int
    /// Passages FTS5 matches for the query's expression; nil where FTS5's
    /// expression only finds candidates (NEAR, paragraph scope).
    var ftsCount: Int?
    /// Results of `Searcher.search(query, limit: 0)`, as distinct passages (lines).
    var searcherCount: Int
    /// Whether Searcher's results are the brute force's passages (lines) exactly, and FTS5 counts as many.
    var countsAgree: Bool
    /// For a query drawn from one line: whether that line is among the results.
    var soughtLineFound: Bool?
    /// For the result classes: documents holding a match, by brute force and by Suoyin's totals.
    var documentsBruteForce: Int?
    var documentsFound: Int?
    /// Citations shared by Searcher's top 10 and the exhaustive BM25 top 10;
    /// nil where FTS5's `bm25()` of the expression is not Suoyin's score.
    var overlapAt10: Int?
    /// Whether Searcher's top 10 is the exhaustive top 10 exactly: same
    /// citations in the same order, each score equal to -bm25() bit for bit.
    var rankingIdentical: Bool?
    /// The size of the exhaustive top 10 (fewer when fewer passages match).
    var expectedTop: Int?
    var searcherCountSeconds: Double
}

/// Checks Suoyin while it is measured: its results against a brute-force
/// scan of the folded passages (by passage, or by line at paragraph scope),
/// and the ranked top 10 against an exhaustive BM25 ranking of every match
/// where FTS5's `bm25()` is Suoyin's score (one passage, no NEAR, no numerals),
/// ties going first to passages that hold the query as typed (same script).
struct CorrectnessCheck {
    let searcher: Searcher
    let index: IndexFile
    let passages: FoldedPassages
    let lines: PassageLines

    func check(_ query: BenchQuery) throws(BenchError) -> CorrectnessRow {
        let parsed: Query
        let all: (value: [SearchResult], seconds: Double)
        let top: [SearchResult]
        do throws(SuoyinError) {
            parsed = try QueryParser.parse(query.text, scope: SearchScope(rawValue: query.scope) ?? .passage)
            all = try Stopwatch.time { () throws(SuoyinError) in try searcher.search(parsed, limit: 0) }
            top = try searcher.search(parsed, limit: 10)
        } catch {
            throw .suoyin(error)
        }
        if query.scope == "paragraph" { return checkLines(query, results: all.value, seconds: all.seconds) }
        if query.mode != nil { return try checkResults(query, parsed: parsed) }
        let expected = passages.passages(matching: query)
        let found = Set(all.value.map(\.citation))
        let sameSet = found.count == all.value.count && found == Set(expected.map(lines.citation(ofPassage:)))
        let hasNear = query.expression.map { $0.text.contains(" NEAR/") } ?? false
        let ftsCount = hasNear ? nil : try index.matchCount(parsed.matchExpression)
        var row = CorrectnessRow(
            query: query, bruteForce: expected.count, ftsCount: ftsCount, searcherCount: all.value.count,
            countsAgree: sameSet && (ftsCount ?? expected.count) == expected.count,
            searcherCountSeconds: all.seconds)
        guard !hasNear, query.kind != .numeral else { return row }
        let typed = parsed.positivePhrases.map(\.source)
        let ranked = Array(try index.exhaustiveRanking(parsed.matchExpression, typed: typed).prefix(10))
        let exhaustive = ranked.map(\.citation.description)
        row.overlapAt10 = Set(exhaustive).intersection(top.map(\.citation)).count
        row.rankingIdentical = top.count == ranked.count && zip(top, ranked).allSatisfy { result, expected in
            result.citation == expected.citation.description && result.score == -expected.bm25
        }
        row.expectedTop = exhaustive.count
        return row
    }

    /// At paragraph scope: the lines of the results against the lines where
    /// every term occurs (in any of the line's passages), and the line the
    /// query was drawn from among them.
    private func checkLines(_ query: BenchQuery, results: [SearchResult], seconds: Double) -> CorrectnessRow {
        let expected = query.expression?.evaluate({ lines.lines(of: passages.passages(containing: $0)) },
                                                  near: { _, _, _ in [] }) ?? []
        struct Key: Hashable { var path: String, line: Int }
        let found = Set(results.map { Key(path: $0.path, line: $0.line) })
        let wanted = Set(expected.map { Key(path: lines.lines[$0].path, line: lines.lines[$0].number) })
        let sought = query.soughtLine.map { lines.lines[$0] }.map { Key(path: $0.path, line: $0.number) }
        return CorrectnessRow(
            query: query, unit: "lines", bruteForce: wanted.count, ftsCount: nil, searcherCount: found.count,
            countsAgree: found == wanted, soughtLineFound: sought.map(found.contains),
            searcherCountSeconds: seconds)
    }
}
