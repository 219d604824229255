import Foundation
import SuoyinCore

/// One benchmark run, phase by phase, in the order that keeps memory
/// figures honest: the corpus, Suoyin's own indexing, the insert-only
/// builds, then queries and checks (which hold the whole folded corpus in
/// memory).
struct BenchRun {
    struct Options {
        var megabytes: Int
        var corpus: String?
        var seed: UInt64
        var runs: Int
        var training: String
        var suoyinBinary: String?
    }

    /// Classes whose first query is also timed as a whole `suoyin search` process.
    static let processClasses: [QueryClass] = [.oneFrequent, .twoFrequent, .sixToTen, .and]

    let options: Options
    let scratch: ScratchFolder

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
        var notes: [String] = []

        var generated: CorpusGenerator.Result?
        let folder: String
        if let corpus = options.corpus {
            folder = corpus
        } else {
            folder = scratch.file("corpus")
            Self.say("Generating \(options.megabytes) MB (seed \(options.seed))…")
            var generator = CorpusGenerator(training: training!, script: script, seed: options.seed)
            generated = try generator.generate(bytes: options.megabytes * 1_000_000, into: folder)
        }

        Self.say("Indexing with Suoyin (IndexBuilder.run, as `suoyin index`)…")
        let indexPath = scratch.file("suoyin.sqlite")
        let (endToEnd, summary) = try SuoyinIndexRun.run(corpus: folder, indexPath: indexPath)
        guard summary.totalPassages > 0 else { throw .noPassages(path: indexPath) }
        let index = try IndexFile(path: indexPath)
        let settings = try index.settings()

        Self.say("Building the trigram baseline (inserts + commits timed)…")
        let baselinePath = scratch.file("baseline.sqlite")
        let baselineBuild = try BaselineIndex.build(at: baselinePath, from: index, settings: settings,
                                                    inputBytes: summary.bytesRead)
        Self.say("Replaying Suoyin's inserts (inserts + commits timed)…")
        let replayPath = scratch.file("replay.sqlite")
        let replay = try SuoyinReplay.run(from: index, at: replayPath, inputBytes: summary.bytesRead)
        try? FileManager.default.removeItem(atPath: replayPath)
        if MemoryProbe.peakBytes == nil || endToEnd.peakRSSBytes == nil {
            notes.append("Peak RSS unavailable: /proc/self/clear_refs could not reset the process's peak.")
        }

        Self.say("Folding passages and counting characters…")
        let passages = try FoldedPassages(index: index)
        let tables = FrequencyTables(passages: passages)
        let queries = try QuerySet.pick(tables: tables, passages: passages, index: index, script: script, seed: options.seed)

        let database: IndexDatabase
        do throws(SuoyinError) { database = try IndexDatabase.open(at: indexPath) } catch { throw .suoyin(error) }
        let searcher = Searcher(database: database)
        let baseline = try BaselineIndex(path: baselinePath, settings: settings)
        let benchmark = QueryBenchmark(searcher: searcher, index: index, baseline: baseline, runs: options.runs)
        var measurements: [QueryMeasurement] = []
        for query in queries {
            Self.say("Timing \(query.queryClass.rawValue): \(query.text)")
            measurements.append(try benchmark.measure(query))
        }

        let checker = CorrectnessCheck(searcher: searcher, index: index, passages: passages)
        var correctness: [CorrectnessRow] = []
        for query in queries {
            Self.say("Checking \(query.text)")
            correctness.append(try checker.check(query))
        }

        if let short = queries.first(where: { $0.queryClass == .oneFrequent }),
           let measured = measurements.first(where: { $0.query == short }) {
            let plain = try baseline.plainLikeCount(short.text)
            if plain != measured.baselineHits {
                notes.append("SQLite \(settings.sqliteVersion)'s trigram table answers `text LIKE '%\(short.text)%'` with "
                             + "\(plain) rows; \(measured.baselineHits) passages contain it. The baseline writes `+text LIKE ?` "
                             + "for terms under 3 characters, which keeps FTS5 out and scans the table.")
            }
        }

        var processes: [BenchReport.ProcessSearch] = []
        if let binary = options.suoyinBinary {
            let timer = SearchProcessTimer(binary: binary, indexPath: indexPath)
            for queryClass in Self.processClasses {
                guard let measured = measurements.first(where: { $0.query.queryClass == queryClass }) else { continue }
                Self.say("Timing `suoyin search \(measured.query.text)` processes…")
                processes.append(BenchReport.ProcessSearch(
                    query: measured.query, process: try timer.measure(measured.query), inProcessP50: measured.suoyin.p50))
            }
        } else {
            notes.append("No release `suoyin` beside the benchmark: build it (swift build -c release --product suoyin) "
                         + "or pass --suoyin FILE to time whole search processes.")
        }

        let corpus = BenchReport.Corpus(
            source: options.corpus ?? "generated", seed: options.corpus == nil ? options.seed : nil,
            documents: summary.added + summary.updated, traditionalDocuments: generated?.traditionalDocuments,
            bytes: summary.bytesRead, passages: summary.totalPassages, hanCharacters: tables.hanCharacters,
            distinctHanCharacters: tables.characters.filter { $0 > 0 }.count, distinctBigrams: tables.bigrams.count,
            trainingDistinctBigrams: training?.distinctBigrams, generationSeconds: generated?.seconds)
        machine.loadAtEnd = MachineState.loadAverage
        return BenchReport(
            corpus: corpus, machine: machine, settings: settings, suoyinEndToEnd: endToEnd, suoyinInsertOnly: replay,
            baselineInsertOnly: baselineBuild, queries: measurements, processSearches: processes,
            correctness: correctness, notes: notes + Self.standingNotes)
    }

    /// What every reader of the tables should know.
    static let standingNotes = [
        "MB = 1,000,000 bytes of input files; every throughput divides the same input bytes.",
        "End to end: `IndexBuilder.run` (scan, read, split, tokenize, write, close). Insert only: the passages "
            + "written again in the indexer's transactions, timing only inserts and commits; Suoyin's replay uses "
            + "its own schema, triggers and tokenizer.",
        "Peak RSS is VmHWM after resetting it at the start of the phase; it includes the RSS the process already had.",
        "Suoyin latency: QueryParser.parse + Searcher.search(limit: 10), with highlights. Baseline: its top 10; "
            + "MATCH of quoted trigram phrases ranked by bm25 when every term has ≥ 3 characters, else an unranked "
            + "LIKE '%…%' scan. The trigram tokenizer does not fold traditional and simplified script.",
        "Correctness: brute force = passages whose folded text contains the folded terms; overlap@10 compares "
            + "Searcher's top 10 with an exhaustive bm25 ranking of every match (ties by path, line, column).",
    ]

    /// Prints a progress line on standard error.
    static func say(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
