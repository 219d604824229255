import Foundation
import SuoyinCore

/// One benchmark run, phase by phase: the corpus; Suoyin's indexing and the
/// trigram baseline's, alternating (each build in a child process, see
/// ``BuildPhase``); then query timings, checks and whole-process timings.
struct BenchRun {
    struct Options {
        var megabytes: Int
        var corpus: String?
        var seed: UInt64
        var runs: Int
        var training: String
        var suoyinBinary: String?
        /// Builds of each index, alternating; the one of median time is reported.
        var builds: Int
        /// Whether to build and time the Tantivy baseline too.
        var tantivy = true
        /// The share of the generated text's characters in runs of Latin script (`--latin`).
        var latinShare = 0.0
        /// Sources written one after another, each with phrases of its own (`--sources`).
        var sources = 0
    }

    /// Classes whose first query is also timed as a whole `suoyin search` process.
    static let processClasses: [QueryClass] = [.oneFrequent, .twoFrequent, .sixToTen, .and, .boolean, .near, .numerals,
                                               .andParagraph, .paragraph, .count, .group, .copies, .sourcePhrase]

    let options: Options
    let scratch: ScratchFolder

    /// The two builds (the median runs) and where they are, with every run's time.
    private struct Builds {
        var indexPath: String
        var baselinePath: String
        var indexed: BuildPhase.Result
        var baseline: BuildMeasurement
        var indexedSeconds: [Double]
        var baselineSeconds: [Double]
    }

    func run() throws(BenchError) -> BenchReport {
        var machine = MachineState.now()
        // A real folder needs no training text; it only improves the traditional forms of queries.
        let training: TrainingCorpus?
        if options.corpus == nil {
            training = try TrainingCorpus(folder: options.training)
        } else {
            training = try? TrainingCorpus(folder: options.training)
        }
        let script = TraditionalScript(observed: training?.traditionalForms ?? [:])
        let (folder, generated) = try corpus(training: training, script: script)
        let builds = try build(folder)
        let index = try IndexFile(path: builds.indexPath)
        let settings = try index.settings()

        Self.say("Folding passages and counting characters…")
        let passages = try FoldedPassages(index: index)
        let lines = try PassageLines(index: index, passages: passages)
        let tables = FrequencyTables(passages: passages)
        let queries = try QuerySet.pick(
            tables: tables, passages: passages, lines: lines, index: index, script: script, seed: options.seed,
            sourcePhrases: generated?.sourcePhrases ?? [])
        let searcher: Searcher
        do throws(SuoyinError) {
            searcher = Searcher(database: try IndexDatabase.open(at: builds.indexPath))
        } catch {
            throw .suoyin(error)
        }
        let baseline = try BaselineIndex(path: builds.baselinePath, settings: settings)
        let benchmark = QueryBenchmark(searcher: searcher, index: index, baseline: baseline, runs: options.runs)
        let measurements = try queries.map { query throws(BenchError) in
            Self.say("Timing \(query.queryClass.rawValue): \(query.text)")
            return try benchmark.measure(query)
        }
        let checker = CorrectnessCheck(searcher: searcher, index: index, passages: passages, lines: lines)
        let correctness = try queries.map { query throws(BenchError) in
            Self.say("Checking \(query.text)")
            return try checker.check(query)
        }
        var tantivy: TantivyReport?
        if options.tantivy {
            Self.say("Building and querying the Tantivy baseline…")
            switch TantivyBaseline(passages: passages, queries: queries, runs: options.runs, scratch: scratch).run() {
            case .success(let report): tantivy = report
            case .failure(let skipped): Self.say("Tantivy baseline skipped: \(skipped.reason)")
            }
        }
        var notes = Self.notes(on: builds.indexed.measurement)
        if let tantivy { notes += Self.tantivyNotes(tantivy, measurements: measurements) }
        if builds.indexedSeconds.count > 1 {
            func list(_ seconds: [Double]) -> String { seconds.map { String(format: "%.1f", $0) }.joined(separator: ", ") }
            notes.append("Builds, alternating, in order (the tables show each one's median): Suoyin "
                         + list(builds.indexedSeconds) + " s; baseline " + list(builds.baselineSeconds) + " s.")
        }
        notes += try Self.likeNote(baseline: baseline, measurements: measurements, settings: settings)
        Self.say("Verifying quotations…")
        notes += VerifyBenchmark.notes(try VerifyBenchmark(indexPath: builds.indexPath, script: script, seed: options.seed).run())
        // A missing or stale `suoyin` costs the process timings only, not the run.
        var processes: [BenchReport.ProcessSearch] = []
        do {
            if let timed = try timeProcesses(of: measurements, indexPath: builds.indexPath) {
                processes = timed
            } else {
                notes.append("No release `suoyin` beside the benchmark: build it (swift build -c release --product "
                             + "suoyin) or pass --suoyin FILE to time whole search processes.")
            }
        } catch {
            notes.append("Whole-process timings skipped: \(error)")
        }
        // Last: the one-file update changes the corpus and the index.
        Self.say("Timing re-runs: unchanged, then one file changed…")
        notes += try RerunTiming.notes(corpus: folder, indexPath: builds.indexPath, mayChange: options.corpus == nil)
        let facts = BenchReport.Corpus(
            source: options.corpus ?? "generated", seed: options.corpus == nil ? options.seed : nil,
            documents: builds.indexed.documents, traditionalDocuments: generated?.traditionalDocuments,
            bytes: builds.indexed.measurement.inputBytes, passages: builds.indexed.passages,
            splitLines: lines.splitLines, passagesInSplitLines: lines.passagesInSplitLines,
            hanCharacters: tables.hanCharacters, distinctHanCharacters: tables.characters.filter { $0 > 0 }.count,
            distinctBigrams: tables.bigrams.count, trainingDistinctBigrams: training?.distinctBigrams,
            generationSeconds: generated?.seconds,
            latinShare: generated.map { Double($0.latinCharacters) / Double(max($0.characters, 1)) })
        machine.loadAtEnd = MachineState.loadAverage
        var report = BenchReport(
            corpus: facts, machine: machine, settings: settings, suoyin: builds.indexed,
            baselineInsertOnly: builds.baseline, queries: measurements,
            processSearches: processes, correctness: correctness, notes: notes + Self.standingNotes)
        report.tantivy = tantivy
        return report
    }

    /// Where Tantivy's passage counts differ from Suoyin's (they should not: both are exact).
    private static func tantivyNotes(_ tantivy: TantivyReport, measurements: [QueryMeasurement]) -> [String] {
        let differing = measurements.compactMap { measured -> String? in
            guard let ours = measured.suoyinHits, let theirs = tantivy.hits[measured.query.text], ours != theirs else { return nil }
            return "`\(measured.query.text)` (Suoyin \(ours), Tantivy \(theirs))"
        }
        let compared = Set(measurements.filter { $0.suoyinHits != nil && tantivy.hits[$0.query.text] != nil }.map(\.query.text)).count
        return differing.isEmpty
            ? ["Tantivy matched as many passages as Suoyin for each of the \(compared) queries both answered."]
            : ["Tantivy's passage counts differ from Suoyin's for " + differing.joined(separator: ", ") + "."]
    }

    /// The folder to index: `--corpus`, or a corpus generated into the scratch folder.
    private func corpus(
        training: TrainingCorpus?, script: TraditionalScript
    ) throws(BenchError) -> (String, CorpusGenerator.Result?) {
        if let corpus = options.corpus { return (corpus, nil) }
        guard let training else { throw .trainingCorpusMissing(path: options.training) }
        let folder = scratch.file("corpus")
        Self.say("Generating \(options.megabytes) MB (seed \(options.seed))…")
        var generator = CorpusGenerator(training: training, script: script, seed: options.seed,
                                        latinShare: options.latinShare, sources: options.sources)
        return (folder, try generator.generate(bytes: options.megabytes * 1_000_000, into: folder))
    }

    /// Builds the Suoyin index and the baseline, each in a child process so
    /// that each peak RSS is the build's own.
    private func build(_ folder: String) throws(BenchError) -> Builds {
        // The machine's speed drifts between minutes: alternate the two builds
        // and report each one's median run, so that the ratio compares like with like.
        let indexPath = scratch.file("suoyin.sqlite")
        let baselinePath = scratch.file("baseline.sqlite")
        var indexedRuns: [BuildPhase.Result] = []
        var baselineRuns: [BuildPhase.Result] = []
        for run in 1...options.builds {
            let round = options.builds > 1 ? " (\(run) of \(options.builds))" : ""
            Self.say("Indexing with Suoyin (IndexBuilder.run, as `suoyin index`)\(round)…")
            Self.removeIndex(at: indexPath)
            let indexed = try BuildPhase.index.runInChild(input: folder, output: indexPath, inputBytes: 0)
            guard indexed.passages > 0 else { throw .noPassages(path: indexPath) }
            indexedRuns.append(indexed)
            Self.say("Building the trigram baseline (inserts + commits timed)\(round)…")
            Self.removeIndex(at: baselinePath)
            baselineRuns.append(try BuildPhase.baseline.runInChild(
                input: indexPath, output: baselinePath, inputBytes: indexed.measurement.inputBytes))
        }
        func median(_ runs: [BuildPhase.Result]) -> BuildPhase.Result {
            runs.sorted { $0.measurement.seconds < $1.measurement.seconds }[runs.count / 2]
        }
        let indexed = median(indexedRuns)
        let baseline = median(baselineRuns)
        return Builds(indexPath: indexPath, baselinePath: baselinePath, indexed: indexed, baseline: baseline.measurement,
                      indexedSeconds: indexedRuns.map(\.measurement.seconds),
                      baselineSeconds: baselineRuns.map(\.measurement.seconds))
    }

    /// Deletes an index file and its companions, for a build to start afresh.
    private static func removeIndex(at path: String) {
        for suffix in ["", "-wal", "-shm", "-journal", ".lock"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Whole `suoyin search` processes for the first query of each of
    /// ``processClasses``; nil without a `suoyin` executable.
    private func timeProcesses(
        of measurements: [QueryMeasurement], indexPath: String
    ) throws(BenchError) -> [BenchReport.ProcessSearch]? {
        guard let binary = options.suoyinBinary else { return nil }
        let timer = SearchProcessTimer(binary: binary, indexPath: indexPath)
        var processes: [BenchReport.ProcessSearch] = []
        for queryClass in Self.processClasses {
            guard let measured = measurements.first(where: { $0.query.queryClass == queryClass }) else { continue }
            Self.say("Timing `suoyin search \(measured.query.text)` processes…")
            processes.append(BenchReport.ProcessSearch(
                query: measured.query, process: try timer.measure(measured.query), inProcessP50: measured.suoyin.p50))
        }
        return processes
    }

    /// What the build measurements need said.
    private static func notes(on endToEnd: BuildMeasurement) -> [String] {
        guard let start = endToEnd.startRSSBytes else {
            return ["Peak RSS unavailable: /proc/self/status could not be read."]
        }
        return ["Each build runs in a fresh child process; its peak RSS includes the "
                + String(format: "%.1f", Double(start) / 1e6) + " MB a child holds when it starts."]
    }

    /// Whether plain `text LIKE` on the trigram table misses short Han terms here, shown on a frequent character.
    private static func likeNote(
        baseline: BaselineIndex, measurements: [QueryMeasurement], settings: SQLiteSettings
    ) throws(BenchError) -> [String] {
        guard let measured = measurements.first(where: { $0.query.queryClass == .oneFrequent }) else { return [] }
        let term = measured.query.text
        let plain = try baseline.plainLikeCount(term)
        guard let hits = measured.baselineHits, plain != hits else { return [] }
        return ["SQLite \(settings.sqliteVersion)'s trigram table answers `text LIKE '%\(term)%'` with \(plain) rows; "
                + "\(hits) passages contain it. The baseline writes `+text LIKE ?` for terms under "
                + "3 characters, which keeps FTS5 out and scans the table."]
    }

    /// What every reader of the tables should know.
    static let standingNotes = [
        "MB = 1,000,000 bytes of input files; every throughput divides the same input bytes.",
        "End to end: `IndexBuilder.run` (scan, read, decode, split, tokenize, write, merge FTS5's segments, build "
            + "the phrase lists, close), against the baseline's inserts and commits alone (its passages come ready "
            + "split from the Suoyin index). Suoyin's phases are its own timings (IndexSummary): writing overlaps "
            + "reading files on the second core; merging and phrase lists follow it.",
        "Peak RSS is the build process's VmHWM.",
        "Suoyin latency: QueryParser.parse (scope passage, or paragraph for the two paragraph classes) + "
            + "Searcher.search(limit: 10): the exact bm25 top 10 (from the phrase "
            + "lists for one-phrase queries, else FTS5's matches scored by Suoyin), with highlights. Baseline: its top 10; MATCH of quoted trigram phrases ranked by bm25 when every term has "
            + "≥ 3 characters, else LIKE '%…%', unranked, which stops at the 10th match (fast for frequent terms, a "
            + "full scan for rare ones). The trigram tokenizer does not fold traditional and simplified script.",
        "A `suoyin search` process starts with an empty SQLite page cache and reads the doclists it needs; "
            + "in-process runs reuse one connection whose cache is warm.",
        "Correctness: brute force = passages whose folded text contains the folded terms, combined as the query "
            + "says (its own evaluator of AND/OR/NOT; NEAR/N: occurrences at most N characters apart on the folded "
            + "text, either order; numerals: any form from the benchmark's own spelling table, digits as whole "
            + "words; paragraph scope: lines where every term occurs in one of the line's passages). Same set: "
            + "Searcher's results (limit 0) are exactly those passages (lines), and FTS5 counts as many where its "
            + "expression is exact. overlap@10 compares Searcher's top 10 with an exhaustive bm25 ranking of every "
            + "match (ties by path, line, column); not for NEAR and numerals, which FTS5's bm25() does not score "
            + "as Suoyin does. --count: Searcher.count's passages and documents; --group: every document with "
            + "its number of matching passages; copies folded: one result per group of passages equal after "
            + "folding without white space and punctuation, with the group's size, and the totals.",
    ]

    /// Prints a progress line on standard error.
    static func say(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
