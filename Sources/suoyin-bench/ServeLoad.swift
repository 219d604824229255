import Foundation
import SuoyinCore

/// `suoyin-bench --serve`: `suoyin serve` under load. Generates the corpus,
/// indexes it with the `suoyin` binary, starts `suoyin serve` on loopback,
/// and has `wrk` send the benchmark's query mix (top-10 searches through
/// `/api/search`) from `--clients` connections for `--seconds`; then the
/// same again while `suoyin index` adds `--extra` MB of new documents.
/// Prints requests per second, p50/p99 latency, errors and the server's peak RSS.
struct ServeLoad {
    var megabytes: Int
    var extraMegabytes: Int
    var seed: UInt64
    var clients: Int
    var seconds: Int
    var training: String
    var suoyinBinary: String
    let scratch: ScratchFolder

    func run() throws(BenchError) -> String {
        guard let wrk = Self.which("wrk") else {
            throw .cannotRun(path: "wrk", message: "not installed; apt-get install -y wrk")
        }
        let training = try TrainingCorpus(folder: training)
        let script = TraditionalScript(observed: training.traditionalForms)
        let corpus = scratch.file("corpus")
        BenchRun.say("Generating \(megabytes) MB (seed \(seed))…")
        var generator = CorpusGenerator(training: training, script: script, seed: seed)
        _ = try generator.generate(bytes: megabytes * 1_000_000, into: corpus)
        let indexPath = scratch.file("suoyin.sqlite")
        BenchRun.say("Indexing with `suoyin index`…")
        try LoadProcess.runToEnd(suoyinBinary, ["index", "--quiet", "--index", indexPath, corpus])

        BenchRun.say("Picking the query mix…")
        let index = try IndexFile(path: indexPath)
        let passages = try FoldedPassages(index: index)
        let lines = try PassageLines(index: index, passages: passages)
        let queries = try QuerySet.pick(tables: FrequencyTables(passages: passages), passages: passages, lines: lines,
                                        index: index, script: script, seed: seed)
        let lua = scratch.file("mix.lua")
        try Self.write(Self.wrkScript(queries.map(\.text)), to: lua)

        let server = try LoadProcess.startServer(suoyinBinary, indexPath: indexPath)
        defer { server.stop() }
        BenchRun.say("Load: \(clients) clients for \(seconds) s on \(server.url) (\(queries.count) queries in the mix)…")
        let quiet = try LoadProcess.wrk(wrk, url: server.url, script: lua, clients: clients, seconds: seconds)
        let quietRSS = server.peakRSSMegabytes()

        let extra = scratch.file("extra")
        BenchRun.say("Generating \(extraMegabytes) MB more (seed \(seed + 1)) and loading while `suoyin index` adds them…")
        var more = CorpusGenerator(training: training, script: script, seed: seed + 1)
        _ = try more.generate(bytes: extraMegabytes * 1_000_000, into: extra)
        let indexing = try LoadProcess.start(suoyinBinary, ["index", "--quiet", "--index", indexPath, extra])
        let started = Date()
        let busy = try LoadProcess.wrk(wrk, url: server.url, script: lua, clients: clients, seconds: seconds)
        indexing.waitUntilExit()
        let indexSeconds = Date().timeIntervalSince(started)
        let busyRSS = server.peakRSSMegabytes()
        return Self.report(quiet: quiet, busy: busy, rss: (quietRSS, busyRSS), indexSeconds: indexSeconds,
                           indexStatus: indexing.terminationStatus, settings: self, queries: queries.count)
    }

    /// A wrk script that sends the mix's queries in turn, each as `/api/search?q=…&limit=10`.
    static func wrkScript(_ queries: [String]) -> String {
        let paths = queries.map { "  \"/api/search?limit=10&q=\(percentEncoded($0))\"," }
        return "local paths = {\n" + paths.joined(separator: "\n") + "\n}\nlocal i = 0\n"
            + "request = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n"
    }

    private static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn:
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")) ?? ""
    }

    static func report(
        quiet: WrkResult, busy: WrkResult, rss: (Double, Double), indexSeconds: Double, indexStatus: Int32,
        settings: ServeLoad, queries: Int
    ) -> String {
        func row(_ name: String, _ result: WrkResult, _ rss: Double) -> String {
            String(format: "| %@ | %.0f | %.2f | %.2f | %d of %d | %.0f |", name, result.requestsPerSecond,
                   result.p50Milliseconds, result.p99Milliseconds, result.errors, result.requests, rss)
        }
        return """
            ## suoyin serve under load

            \(settings.megabytes) MB generated corpus (seed \(settings.seed)), \(queries) queries of the benchmark's mix \
            as top-10 `/api/search` requests in turn, \(settings.clients) connections (wrk, 2 threads) for \(settings.seconds) s each.

            | run | requests/s | p50 ms | p99 ms | errors | peak RSS MB |
            | --- | ---: | ---: | ---: | ---: | ---: |
            \(row("idle index", quiet, rss.0))
            \(row("while `suoyin index` adds \(settings.extraMegabytes) MB", busy, rss.1))

            `suoyin index` of the extra \(settings.extraMegabytes) MB took \(String(format: "%.1f", indexSeconds)) s \
            (exit \(indexStatus)); errors are non-2xx responses plus socket errors.

            """
    }

    private static func write(_ text: String, to path: String) throws(BenchError) {
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw .io(path: path, message: error.localizedDescription)
        }
    }

    static func which(_ tool: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(folder)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
