import Foundation
import SuoyinCore

/// `suoyin-bench --serve`: `suoyin serve` under load. Generates the corpus,
/// indexes it with the `suoyin` binary, starts `suoyin serve` on loopback,
/// asks each query of the benchmark's mix once (top-10 searches through
/// `/api/search`, one at a time: what the first reader of each waits), then
/// has `wrk` send the mix in turn from `--clients` connections for
/// `--seconds`: with the server's answers kept (its default), with none kept
/// (`--cache 0`, every request searched), and while `suoyin index` adds
/// `--extra` MB of new documents (each commit drops the kept answers).
/// Then the same mix from the benchmark's open-loop client
/// (``OpenLoopClient``) at `--rate` requests per second, idle and while
/// another `--extra` MB is added. Prints requests per second, p50/p99
/// latency, errors and the server's peak RSS.
struct ServeLoad {
    var megabytes: Int
    var extraMegabytes: Int
    var seed: UInt64
    var clients: Int
    var seconds: Int
    var rate: Int
    var training: String
    var suoyinBinary: String
    let scratch: ScratchFolder

    func run() throws(BenchError) -> String {
        guard let wrk = Self.which("wrk") else {
            throw .cannotRun(path: "wrk", message: "not installed; apt-get install -y wrk")
        }
        guard let curl = Self.which("curl") else {
            throw .cannotRun(path: "curl", message: "not installed; apt-get install -y curl")
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

        let uncached = try LoadProcess.startServer(suoyinBinary, indexPath: indexPath, ["--cache", "0"])
        BenchRun.say("Load without kept answers: \(clients) clients for \(seconds) s on \(uncached.url) (\(queries.count) queries in the mix)…")
        _ = uncached.times.drain()
        let searched = try LoadProcess.wrk(wrk, url: uncached.url, script: lua, clients: clients, seconds: seconds)
        let searchedRSS = uncached.peakRSSMegabytes()
        let searchedTimes = Self.logged(by: uncached)
        uncached.stop()

        let server = try LoadProcess.startServer(suoyinBinary, indexPath: indexPath)
        defer { server.stop() }
        BenchRun.say("Each query once…")
        let firstTimed = queries.compactMap { query in
            LoadProcess.timedGet(curl, url: server.url + Self.path(query.text).dropFirst()).map { (query.text, $0 * 1000) }
        }
        let firstTimes = firstTimed.map(\.1)
        let first = LatencyStats(milliseconds: firstTimes)
        let slowest = firstTimed.sorted { $0.1 > $1.1 }.prefix(5)
        _ = server.times.drain()
        BenchRun.say("Load: \(clients) clients for \(seconds) s on \(server.url)…")
        let quiet = try LoadProcess.wrk(wrk, url: server.url, script: lua, clients: clients, seconds: seconds)
        let quietRSS = server.peakRSSMegabytes()
        let quietTimes = Self.logged(by: server)

        BenchRun.say("Generating \(extraMegabytes) MB more (seed \(seed + 1)) and loading while `suoyin index` adds them…")
        let indexing = try startAdding("extra", seed: seed + 1, training: training, script: script, indexPath: indexPath)
        let started = Date()
        let busy = try LoadProcess.wrk(wrk, url: server.url, script: lua, clients: clients, seconds: seconds)
        let busyTimes = Self.logged(by: server)
        indexing.waitUntilExit()
        let indexSeconds = Date().timeIntervalSince(started)
        let busyRSS = server.peakRSSMegabytes()

        let paths = queries.map { Self.path($0.text) }
        guard let port = server.url.split(separator: ":").last.flatMap({ UInt16($0.trimmingCharacters(in: .punctuationCharacters)) })
        else { throw .cannotRun(path: suoyinBinary, message: "no port in \(server.url)") }
        let client = OpenLoopClient(port: port, paths: paths, rate: Double(rate), seconds: Double(seconds), connections: clients)
        BenchRun.say("Open loop: \(rate) requests/s for \(seconds) s…")
        let steady = client.run()
        let steadyTimes = Self.logged(by: server)
        BenchRun.say("Generating \(extraMegabytes) MB more (seed \(seed + 2)); open loop while `suoyin index` adds them…")
        let secondIndexing = try startAdding("extra-2", seed: seed + 2, training: training, script: script, indexPath: indexPath)
        let steadyBusy = client.run()
        let steadyBusyTimes = Self.logged(by: server)
        secondIndexing.waitUntilExit()
        let openRSS = server.peakRSSMegabytes()
        return Self.report(
            first: (first, queries.count - firstTimes.count), slowest: Array(slowest), runs: (searched, quiet, busy),
            serverTimes: (searchedTimes, quietTimes, busyTimes),
            rss: (searchedRSS, quietRSS, busyRSS), indexSeconds: indexSeconds,
            indexStatus: indexing.terminationStatus, settings: self, queries: queries.count)
            + Self.openLoopReport(runs: (steady, steadyBusy), serverTimes: (steadyTimes, steadyBusyTimes), rss: openRSS,
                                  indexStatus: secondIndexing.terminationStatus, settings: self)
    }

    static func openLoopReport(
        runs: (idle: OpenLoopClient.Outcome, busy: OpenLoopClient.Outcome),
        serverTimes: (idle: LatencyStats, busy: LatencyStats), rss: Double, indexStatus: Int32, settings: ServeLoad
    ) -> String {
        func row(_ name: String, _ outcome: OpenLoopClient.Outcome, _ server: LatencyStats) -> String {
            let client = LatencyStats(milliseconds: outcome.milliseconds)
            return String(format: "| %@ | %.0f | %.2f | %.2f | %.2f | %.2f | %d of %d |", name, outcome.requestsPerSecond,
                          client.p50, client.p99, server.p50, server.p99, outcome.errors, outcome.milliseconds.count)
        }
        return """

            The same mix from the benchmark's open-loop client: \(settings.rate) requests/s due at even intervals, \
            up to \(settings.clients) connections at once, each latency counted from when its request was due \
            (so a request that found every connection busy counts its wait), \(settings.seconds) s each; peak RSS \
            \(String(format: "%.0f", rss)) MB:

            | run | requests/s | p50 ms (client) | p99 ms (client) | p50 ms (server) | p99 ms (server) | errors |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: |
            \(row("idle index, answers kept", runs.idle, serverTimes.idle))
            \(row("while `suoyin index` adds \(settings.extraMegabytes) MB more", runs.busy, serverTimes.busy))

            (`suoyin index` exit \(indexStatus).)

            """
    }

    /// Generates `extraMegabytes` MB more (seed `seed`) into the scratch folder's `name` and starts `suoyin index` adding them.
    private func startAdding(
        _ name: String, seed: UInt64, training: TrainingCorpus, script: TraditionalScript, indexPath: String
    ) throws(BenchError) -> Process {
        let folder = scratch.file(name)
        var generator = CorpusGenerator(training: training, script: script, seed: seed)
        _ = try generator.generate(bytes: extraMegabytes * 1_000_000, into: folder)
        return try LoadProcess.start(suoyinBinary, ["index", "--quiet", "--index", indexPath, folder])
    }

    /// The times the server logged since the last drain, once its last lines have come through.
    private static func logged(by server: LoadProcess.Server) -> LatencyStats {
        Thread.sleep(forTimeInterval: 0.5)
        return LatencyStats(milliseconds: server.times.drain())
    }

    /// The request for `query`'s top ten.
    static func path(_ query: String) -> String {
        "/api/search?limit=10&q=\(percentEncoded(query))"
    }

    /// A wrk script that sends the mix's queries in turn, each as `/api/search?q=…&limit=10`.
    static func wrkScript(_ queries: [String]) -> String {
        let paths = queries.map { "  \"\(path($0))\"," }
        return "local paths = {\n" + paths.joined(separator: "\n") + "\n}\nlocal i = 0\n"
            + "request = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n"
    }

    private static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn:
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")) ?? ""
    }

    static func report(
        first: (LatencyStats, failed: Int), slowest: [(String, Double)],
        runs: (searched: WrkResult, quiet: WrkResult, busy: WrkResult),
        serverTimes: (searched: LatencyStats, quiet: LatencyStats, busy: LatencyStats),
        rss: (searched: Double, quiet: Double, busy: Double), indexSeconds: Double, indexStatus: Int32,
        settings: ServeLoad, queries: Int
    ) -> String {
        func row(_ name: String, _ result: WrkResult, _ server: LatencyStats, _ rss: Double) -> String {
            String(format: "| %@ | %.0f | %.2f | %.2f | %.2f | %.2f | %d of %d | %.0f |", name, result.requestsPerSecond,
                   result.p50Milliseconds, result.p99Milliseconds, server.p50, server.p99, result.errors, result.requests, rss)
        }
        let slowestText = slowest.map { String(format: "`%@` %.0f ms", $0.0, $0.1) }.joined(separator: ", ")
        return """
            ## suoyin serve under load

            \(settings.megabytes) MB generated corpus (seed \(settings.seed)), \(queries) queries of the benchmark's mix \
            as top-10 `/api/search` requests.

            Each query once, one at a time (curl, connection included), as its first reader waits: \
            p50 \(String(format: "%.1f", first.0.p50)) ms, p95 \(String(format: "%.1f", first.0.p95)) ms, \
            p99 \(String(format: "%.1f", first.0.p99)) ms, slowest \(String(format: "%.1f", first.0.max)) ms, \
            \(first.failed) failed. The slowest: \(slowestText).

            The mix in turn from \(settings.clients) connections (wrk, 2 threads) for \(settings.seconds) s each:

            | run | requests/s | p50 ms (wrk) | p99 ms (wrk) | p50 ms (server) | p99 ms (server) | errors | peak RSS MB |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            \(row("idle index, no answers kept (`--cache 0`)", runs.searched, serverTimes.searched, rss.searched))
            \(row("idle index, answers kept (the default)", runs.quiet, serverTimes.quiet, rss.quiet))
            \(row("while `suoyin index` adds \(settings.extraMegabytes) MB", runs.busy, serverTimes.busy, rss.busy))

            `suoyin index` of the extra \(settings.extraMegabytes) MB took \(String(format: "%.1f", indexSeconds)) s \
            (exit \(indexStatus)); errors are non-2xx responses plus socket errors. wrk's latencies include its \
            correction for coordinated omission: a request its connection waited for adds the requests that \
            connection would have sent meanwhile, so a search that all connections end up waiting for counts \
            many times. The server's are the milliseconds it logged for each request it was sent. Each commit \
            that adds documents drops the kept answers; a search answered before is searched again, and its \
            readers are sent the answer from before the commit if it takes longer than it took before.

            """
    }

    private static func write(_ text: String, to path: String) throws(BenchError) {
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw .io(path: path, message: error.localizedDescription)
        }
    }

    static func which(_ tool: String) -> String? {
        CommandRunner.executable(named: tool, searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
    }
}
