import SuoyinCore

/// One query timed on both indexes.
struct QueryMeasurement: Codable {
    var query: BenchQuery
    /// Passages Suoyin matches (FTS5 count of the query's MATCH expression);
    /// nil where that expression only finds candidates (NEAR, paragraph scope).
    var suoyinHits: Int?
    /// Passages the baseline matches with its own SQL; nil for the query
    /// language's classes, which a trigram table has no SQL for.
    var baselineHits: Int?
    /// How the baseline answered: `MATCH` (ranked), `LIKE` (unranked scan) or `—` (not at all).
    var baselineMethod: String
    var suoyin: LatencyStats
    var baseline: LatencyStats?
    /// The raw timings, pooled per class; not written to JSON.
    var suoyinSamples: [Double] = []
    var baselineSamples: [Double] = []

    enum CodingKeys: String, CodingKey {
        case query, suoyinHits, baselineHits, baselineMethod, suoyin, baseline
    }
}

/// Times each query on Suoyin, in process (parse in the query's scope, then
/// the ranked top 10 with highlights, as `suoyin search` does), and on the
/// baseline (its top 10) where it has SQL for the query, after warm-up runs
/// that fill the page caches.
struct QueryBenchmark {
    static let warmUpRuns = 3

    let searcher: Searcher
    let index: IndexFile
    let baseline: BaselineIndex
    let runs: Int

    func measure(_ query: BenchQuery) throws(BenchError) -> QueryMeasurement {
        let scope = SearchScope(rawValue: query.scope) ?? .passage
        let parsed: Query
        do throws(SuoyinError) { parsed = try QueryParser.parse(query.text, scope: scope) } catch { throw .suoyin(error) }
        let suoyinSamples = try samples { () throws(BenchError) in
            do throws(SuoyinError) {
                let parsed = try QueryParser.parse(query.text, scope: scope)
                switch query.mode {
                case "count": _ = try searcher.count(parsed)
                case "group": _ = try searcher.search(parsed, options: SearchOptions(limit: 10, grouping: .documents))
                case "copies": _ = try searcher.search(parsed, options: SearchOptions(limit: 10))
                default: _ = try searcher.search(parsed, limit: 10)
                }
            } catch {
                throw .suoyin(error)
            }
        }
        let candidatesOnly = scope != .passage || parsed.expression.hasNear
        var measurement = QueryMeasurement(
            query: query, suoyinHits: candidatesOnly ? nil : try index.matchCount(parsed.matchExpression),
            baselineHits: nil, baselineMethod: "—", suoyin: LatencyStats(milliseconds: suoyinSamples),
            baseline: nil, suoyinSamples: suoyinSamples)
        guard query.mode == nil, let plan = baseline.plan(for: query) else { return measurement }
        let baselineSamples = try samples { () throws(BenchError) in _ = try baseline.top(plan) }
        measurement.baselineHits = try baseline.count(plan)
        measurement.baselineMethod = plan.method
        measurement.baseline = LatencyStats(milliseconds: baselineSamples)
        measurement.baselineSamples = baselineSamples
        return measurement
    }

    /// Milliseconds of each timed run of `body`, after the warm-up runs.
    private func samples(_ body: () throws(BenchError) -> Void) throws(BenchError) -> [Double] {
        for _ in 0..<Self.warmUpRuns { try body() }
        var samples: [Double] = []
        for _ in 0..<runs { samples.append(try Stopwatch.time(body).seconds * 1000) }
        return samples
    }
}
