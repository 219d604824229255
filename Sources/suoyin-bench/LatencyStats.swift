/// Percentiles of a set of latencies, in milliseconds (nearest-rank method).
struct LatencyStats: Codable {
    var runs: Int
    var p50: Double
    var p95: Double
    var p99: Double
    var min: Double
    var max: Double

    /// Statistics of `samples` (milliseconds); all zero when there are none.
    init(milliseconds samples: [Double]) {
        let sorted = samples.sorted()
        func percentile(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let rank = Int((p * Double(sorted.count)).rounded(.up))
            return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]
        }
        runs = sorted.count
        p50 = percentile(0.50)
        p95 = percentile(0.95)
        p99 = percentile(0.99)
        min = sorted.first ?? 0
        max = sorted.last ?? 0
    }
}
