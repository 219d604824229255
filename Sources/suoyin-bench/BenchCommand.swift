import ArgumentParser
import Foundation

/// `suoyin-bench`: measures Suoyin against an FTS5 trigram baseline.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suoyin-bench",
        abstract: "Measure Suoyin's indexing and search against an SQLite FTS5 trigram baseline.",
        discussion: """
            Generates a deterministic corpus of report-like documents (or takes --corpus), indexes it \
            with Suoyin and with a trigram FTS5 table, times queries of eighteen classes (on both where the baseline has SQL for them), checks \
            Suoyin's counts and rankings against brute force, and prints Markdown tables. Build the \
            release suoyin too (swift build -c release --product suoyin) to time whole search processes.

            Examples:
              swift run -c release suoyin-bench --size 20        A quick run on 20 MB.
              swift run -c release suoyin-bench --json bench.json
                                                                 200 MB, with the results as JSON too.
              swift run -c release suoyin-bench --corpus Corpus  Measure a real folder instead.
              suoyin-bench --serve                               suoyin serve under load (needs wrk).
            """)

    @Option(help: "Megabytes (1,000,000 bytes) of text to generate.")
    var size = 200

    @Option(help: ArgumentHelp("Measure the documents of this folder instead of a generated corpus.", valueName: "dir"))
    var corpus: String?

    @Option(help: ArgumentHelp("Also write the results as JSON to this file.", valueName: "file"))
    var json: String?

    @Option(help: "Seed of the corpus generator and the query sampler; the same seed gives the same run.")
    var seed: UInt64 = 1

    @Option(help: "Timed runs of each query, after three warm-up runs.")
    var runs = 20

    @Option(help: "Builds of each index, alternating; each one's median is reported.")
    var builds = 3

    @Option(help: ArgumentHelp("The folder of real reports the generator learns from.", valueName: "dir"))
    var training = "Corpus"

    @Option(help: ArgumentHelp(
        "The suoyin executable for whole-process timings; defaults to the one beside this benchmark.", valueName: "file"))
    var suoyin: String?

    @Option(help: ArgumentHelp(
        "Mixed script: about this percentage of the generated characters in runs of Latin script (English words, code, paths, versions), as in technical manuals (0 to 90).",
        valueName: "percent"))
    var latin = 0

    @Option(help: ArgumentHelp(
        "Write the corpus as this many sources, one after another, each repeating a footer of its own (2 to 64; 0: one source).",
        valueName: "n"))
    var sources = 0

    @Flag(inversion: .prefixedNo, help: "Build and time Tantivy (its Python bindings, in .build/bench-venv) as a second baseline.")
    var tantivy = true

    @Flag(help: "Measure `suoyin serve` under load (wrk, and an open-loop client of its own) instead: see --clients, --seconds, --extra, --rate.")
    var serve = false

    @Option(help: "With --serve: concurrent connections.")
    var clients = 32

    @Option(help: "With --serve: seconds of each load run.")
    var seconds = 30

    @Option(help: "With --serve: megabytes that `suoyin index` adds during each run while indexing.")
    var extra = 20

    @Option(help: "With --serve: requests per second of the open-loop runs.")
    var rate = 1_000

    @Flag(help: "Keep the temporary folder with the corpus and the indexes, and print where it is.")
    var keep = false

    // Internal: a child process that runs one build phase and prints its result as JSON.
    @Option(help: .hidden) var phase: BuildPhase?
    @Option(help: .hidden) var phaseInput: String?
    @Option(help: .hidden) var phaseOutput: String?
    @Option(help: .hidden) var phaseBytes = 0

    func validate() throws {
        guard size > 0 else { throw ValidationError("--size must be at least 1 (MB).") }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1.") }
        guard builds >= 1 else { throw ValidationError("--builds must be at least 1.") }
        guard (0...90).contains(latin) else { throw ValidationError("--latin must be a percentage from 0 to 90.") }
        guard sources == 0 || (2...64).contains(sources) else { throw ValidationError("--sources must be 0 or from 2 to 64.") }
        var isFolder: ObjCBool = false
        if let corpus, !(FileManager.default.fileExists(atPath: corpus, isDirectory: &isFolder) && isFolder.boolValue) {
            throw ValidationError("--corpus must be a folder; '\(corpus)' is not one.")
        }
    }

    func run() throws {
        if let phase, let phaseInput, let phaseOutput {
            let result = try phase.run(input: phaseInput, output: phaseOutput, inputBytes: phaseBytes)
            FileHandle.standardOutput.write(try JSONEncoder().encode(result))
            return
        }
        let scratch = try ScratchFolder()
        defer { keep ? BenchRun.say("Kept \(scratch.path)") : scratch.remove() }
        if serve {
            guard let binary = suoyin ?? SearchProcessTimer.siblingBinary() else {
                throw ValidationError("--serve needs the suoyin binary: build it beside the benchmark or pass --suoyin FILE.")
            }
            let load = ServeLoad(megabytes: size, extraMegabytes: extra, seed: seed, clients: clients, seconds: seconds, rate: rate,
                                 training: training, suoyinBinary: binary, scratch: scratch)
            print(try load.run(), terminator: "")
            return
        }
        let options = BenchRun.Options(
            megabytes: size, corpus: corpus, seed: seed, runs: runs, training: training,
            suoyinBinary: suoyin ?? SearchProcessTimer.siblingBinary(), builds: builds, tantivy: tantivy,
            latinShare: Double(latin) / 100, sources: sources)
        let report = try BenchRun(options: options, scratch: scratch).run()
        print(MarkdownReport(report: report).text, terminator: "")
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            do {
                try encoder.encode(report).write(to: URL(fileURLWithPath: json))
            } catch {
                throw BenchError.io(path: json, message: error.localizedDescription)
            }
        }
    }
}

extension BuildPhase: ExpressibleByArgument {}
