import SuoyinCore

/// One query timed on both indexes.
struct QueryMeasurement: Codable {
    var query: BenchQuery
    /// Passages Suoyin matches (FTS5 count of the query's MATCH expression).
    var suoyinHits: Int
    /// Passages the baseline matches with its own SQL.
    var baselineHits: Int
    /// How the baseline answered: `MATCH` (ranked) or `LIKE` (unranked scan).
    var baselineMethod: String
    var suoyin: LatencyStats
    var baseline: LatencyStats
    /// The raw timings, pooled per class; not written to JSON.
    var suoyinSamples: [Double] = []
    var baselineSamples: [Double] = []

    enum CodingKeys: String, CodingKey {
        case query, suoyinHits, baselineHits, baselineMethod, suoyin, baseline
    }
}

/// Times each query on Suoyin, in process (parse, then the ranked top 10
/// with highlights, as `suoyin search` does), and on the baseline (its top
/// 10), after warm-up runs that fill the page caches.
struct QueryBenchmark {
    static let warmUpRuns = 3

    let searcher: Searcher
    let index: IndexFile
    let baseline: BaselineIndex
    let runs: Int

    func measure(_ query: BenchQuery) throws(BenchError) -> QueryMeasurement {
        let parsed: Query
        do throws(SuoyinError) { parsed = try QueryParser.parse(query.text, scope: .passage) } catch { throw .suoyin(error) }
        let plan = baseline.plan(for: query)
        let suoyinSamples = try samples { () throws(BenchError) in
            do throws(SuoyinError) {
                _ = try searcher.search(try QueryParser.parse(query.text, scope: .passage), limit: 10)
            } catch {
                throw .suoyin(error)
            }
        }
        let baselineSamples = try samples { () throws(BenchError) in _ = try baseline.top(plan) }
        return QueryMeasurement(
            query: query,
            suoyinHits: try index.matchCount(parsed.matchExpression),
            baselineHits: try baseline.count(plan),
            baselineMethod: plan.method,
            suoyin: LatencyStats(milliseconds: suoyinSamples),
            baseline: LatencyStats(milliseconds: baselineSamples),
            suoyinSamples: suoyinSamples,
            baselineSamples: baselineSamples)
    }

    /// Milliseconds of each timed run of `body`, after the warm-up runs.
    private func samples(_ body: () throws(BenchError) -> Void) throws(BenchError) -> [Double] {
        for _ in 0..<Self.warmUpRuns { try body() }
        var samples: [Double] = []
        for _ in 0..<runs { samples.append(try Stopwatch.time(body).seconds * 1000) }
        return samples
    }
}
