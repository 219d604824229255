/// What the Tantivy baseline measured: its build, and its top-10 latency per class.
struct TantivyReport: Codable {
    /// The script's output.
    struct Raw: Codable {
        struct Query: Codable {
            var `class`: String
            var text: String
            var hits: Int
            var milliseconds: [Double]
        }
        var version: String
        var indexSeconds: Double
        var indexBytes: Int
        var peakRSSBytes: Int
        var documents: Int
        var queries: [Query]
    }

    struct ClassLatency: Codable {
        var queryClass: QueryClass
        var queries: Int
        var latency: LatencyStats
    }

    var version: String
    var indexSeconds: Double
    var indexBytes: Int
    var peakRSSBytes: Int
    var passages: Int
    var classes: [ClassLatency]
    /// Queries whose hit count differs from Suoyin's FTS5 count (none when both are exact).
    var hits: [String: Int]

    init(_ raw: Raw, queries: [BenchQuery]) {
        version = raw.version
        indexSeconds = raw.indexSeconds
        indexBytes = raw.indexBytes
        peakRSSBytes = raw.peakRSSBytes
        passages = raw.documents
        hits = Dictionary(raw.queries.map { ($0.text, $0.hits) }, uniquingKeysWith: { first, _ in first })
        classes = QueryClass.allCases.compactMap { queryClass in
            let members = raw.queries.filter { $0.class == queryClass.rawValue }
            guard !members.isEmpty else { return nil }
            return ClassLatency(queryClass: queryClass, queries: members.count,
                                latency: LatencyStats(milliseconds: members.flatMap(\.milliseconds)))
        }
    }
}
