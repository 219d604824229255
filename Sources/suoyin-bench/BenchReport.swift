/// Everything one run measured: printed as Markdown, written as JSON.
struct BenchReport: Codable {
    /// The text that was indexed.
    struct Corpus: Codable {
        /// "generated" or the folder measured.
        var source: String
        var seed: UInt64?
        var documents: Int
        var traditionalDocuments: Int?
        var bytes: Int
        var passages: Int
        /// Lines cut into several passages, and the passages that lie in them.
        var splitLines: Int
        var passagesInSplitLines: Int
        var hanCharacters: Int
        var distinctHanCharacters: Int
        var distinctBigrams: Int
        /// Distinct bigrams of the training folder, for comparison.
        var trainingDistinctBigrams: Int?
        var generationSeconds: Double?
        /// The share of the generated characters that are ASCII letters and digits.
        var latinShare: Double?
    }

    /// One line of the main table: a Suoyin figure, the baseline's, and their ratio.
    struct Metric: Codable {
        var name: String
        var suoyin: Double?
        var baseline: Double?
        var ratio: Double?

        init(_ name: String, _ suoyin: Double?, _ baseline: Double? = nil) {
            self.name = name
            self.suoyin = suoyin
            self.baseline = baseline
            if let suoyin, let baseline, baseline != 0 { ratio = suoyin / baseline }
        }
    }

    /// Latencies of a class's queries, pooled.
    struct ClassLatency: Codable {
        var queryClass: QueryClass
        var queries: Int
        /// How the baseline answered the class: `MATCH`, `LIKE`, `mixed` or `—` (not at all).
        var baselineMethod: String
        var suoyin: LatencyStats
        var baseline: LatencyStats?
        var p50Ratio: Double?
    }

    /// Whole `suoyin search` processes for one query.
    struct ProcessSearch: Codable {
        var query: BenchQuery
        var process: LatencyStats
        var inProcessP50: Double
    }

    var corpus: Corpus
    var machine: MachineState
    var settings: SQLiteSettings
    var suoyinEndToEnd: BuildMeasurement
    /// Suoyin's phases: writing batches, merging FTS5's segments, phrase lists.
    var suoyinWriteSeconds: Double
    var suoyinMergeSeconds: Double
    var suoyinRankingSeconds: Double
    var baselineInsertOnly: BuildMeasurement
    var metrics: [Metric] = []
    var queryClasses: [ClassLatency] = []
    var queries: [QueryMeasurement]
    var processSearches: [ProcessSearch]
    var correctness: [CorrectnessRow]
    /// The second baseline, when it ran.
    var tantivy: TantivyReport?
    var notes: [String]

    init(
        corpus: Corpus, machine: MachineState, settings: SQLiteSettings, suoyin: BuildPhase.Result,
        baselineInsertOnly: BuildMeasurement, queries: [QueryMeasurement],
        processSearches: [ProcessSearch], correctness: [CorrectnessRow], notes: [String]
    ) {
        self.corpus = corpus
        self.machine = machine
        self.settings = settings
        suoyinEndToEnd = suoyin.measurement
        suoyinWriteSeconds = suoyin.writeSeconds ?? 0
        suoyinMergeSeconds = suoyin.mergeSeconds ?? 0
        suoyinRankingSeconds = suoyin.rankingSeconds ?? 0
        self.baselineInsertOnly = baselineInsertOnly
        self.queries = queries
        self.processSearches = processSearches
        self.correctness = correctness
        self.notes = notes
        metrics = Self.metrics(
            suoyinEndToEnd, phases: (suoyinWriteSeconds, suoyinMergeSeconds, suoyinRankingSeconds), baselineInsertOnly)
        queryClasses = QueryClass.allCases.compactMap { queryClass in
            let members = queries.filter { $0.query.queryClass == queryClass }
            guard !members.isEmpty else { return nil }
            let suoyin = LatencyStats(milliseconds: members.flatMap(\.suoyinSamples))
            let samples = members.flatMap(\.baselineSamples)
            let baseline = samples.isEmpty ? nil : LatencyStats(milliseconds: samples)
            let methods = Set(members.map(\.baselineMethod))
            return ClassLatency(queryClass: queryClass, queries: members.count,
                                baselineMethod: methods.count == 1 ? methods.first! : "mixed",
                                suoyin: suoyin, baseline: baseline,
                                p50Ratio: baseline.map { suoyin.p50 / max($0.p50, 1e-9) })
        }
    }

    private static func metrics(
        _ suoyin: BuildMeasurement, phases: (write: Double, merge: Double, ranking: Double), _ baseline: BuildMeasurement
    ) -> [Metric] {
        func megabytes(_ bytes: Int?) -> Double? { bytes.map { Double($0) / 1e6 } }
        let built = phases.write + phases.merge
        let mb = Double(suoyin.inputBytes) / 1e6
        return [
            Metric("Index, end to end (s)", suoyin.seconds, baseline.seconds),
            Metric("Throughput, end to end (MB/s)", suoyin.megabytesPerSecond, baseline.megabytesPerSecond),
            Metric("Passages/s, end to end", suoyin.passagesPerSecond, baseline.passagesPerSecond),
            Metric("Writing + merging (s)", built, baseline.seconds),
            Metric("Throughput, writing + merging (MB/s)", mb / max(built, 1e-9), baseline.megabytesPerSecond),
            Metric("…of which writing batches (s)", phases.write),
            Metric("…of which merging segments (s)", phases.merge),
            Metric("Phrase lists (s)", phases.ranking),
            Metric("Peak RSS (MB)", megabytes(suoyin.peakRSSBytes), megabytes(baseline.peakRSSBytes)),
            Metric("Index size incl. -wal (MB)", megabytes(suoyin.indexBytes + suoyin.walBytes),
                   megabytes(baseline.indexBytes + baseline.walBytes)),
            Metric("Index size / text size", suoyin.sizeRatio, baseline.sizeRatio),
        ]
    }
}
