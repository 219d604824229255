import Foundation

/// The processes of the serve load mode: `suoyin index`, `suoyin serve` and `wrk`.
enum LoadProcess {
    /// A running `suoyin serve` and where it listens.
    struct Server {
        let process: Process
        let url: String
        /// The times of the requests it has logged.
        let times: ServerLogTimes

        /// The server's peak resident memory so far (`VmHWM`), in MB.
        func peakRSSMegabytes() -> Double {
            guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
                  let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                  let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
            else { return .nan }
            return kilobytes / 1024
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }
    }

    static func start(_ binary: String, _ arguments: [String], stderr: Pipe? = nil) throws(BenchError) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr ?? FileHandle.nullDevice
        do { try process.run() } catch { throw .cannotRun(path: binary, message: error.localizedDescription) }
        return process
    }

    static func runToEnd(_ binary: String, _ arguments: [String]) throws(BenchError) {
        let process = try start(binary, arguments)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw .phaseFailed(phase: arguments.joined(separator: " "), status: process.terminationStatus) }
    }

    /// Starts `suoyin serve --port 0` (with `arguments` more) and reads its address from its first line.
    static func startServer(_ binary: String, indexPath: String, _ arguments: [String] = []) throws(BenchError) -> Server {
        let errors = Pipe()
        let process = try start(binary, ["serve", "--index", indexPath, "--port", "0"] + arguments, stderr: errors)
        var text = ""
        while true {
            let data = errors.fileHandleForReading.availableData
            if data.isEmpty { throw .cannotRun(path: binary, message: "suoyin serve stopped: \(text)") }
            text += String(decoding: data, as: UTF8.self)
            if let range = text.range(of: #"http://127\.0\.0\.1:\d+/"#, options: .regularExpression) {
                // The request log goes on on stderr: drain it so that the server never blocks on a full pipe,
                // into the file SUOYIN_BENCH_SERVER_LOG names, if any (to see which requests were slow, and when).
                let handle = errors.fileHandleForReading
                let log = ProcessInfo.processInfo.environment["SUOYIN_BENCH_SERVER_LOG"].flatMap { path in
                    FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil
                }
                let times = ServerLogTimes()
                Thread.detachNewThread {
                    while case let data = handle.availableData, !data.isEmpty {
                        times.take(data)
                        log?.write(data)
                    }
                }
                return Server(process: process, url: String(text[range]), times: times)
            }
        }
    }

    /// The seconds `curl` took for one GET of `url` (connection included), or nil when it failed.
    static func timedGet(_ curl: String, url: String) -> Double? {
        let output = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: curl)
        process.arguments = ["-s", "-f", "-o", "/dev/null", "-w", "%{time_total}", url]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? Double(text) : nil
    }

    /// Runs wrk and reads its summary.
    static func wrk(_ wrk: String, url: String, script: String, clients: Int, seconds: Int) throws(BenchError) -> WrkResult {
        let output = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: wrk)
        // A 10 s time-out, not wrk's 2 s: a slow answer counts in the latencies, not among the errors.
        process.arguments = ["-t2", "-c\(clients)", "-d\(seconds)s", "--timeout", "10s", "--latency", "-s", script, url]
        process.standardOutput = output
        process.standardError = output
        do { try process.run() } catch { throw .cannotRun(path: wrk, message: error.localizedDescription) }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard let result = WrkResult(output: text) else { throw .cannotRun(path: wrk, message: "unexpected output:\n\(text)") }
        return result
    }
}

/// What wrk reports: throughput, latency percentiles, errors.
struct WrkResult {
    var requests: Int
    var requestsPerSecond: Double
    var p50Milliseconds: Double
    var p99Milliseconds: Double
    var errors: Int

    init?(output: String) {
        func number(after label: String) -> Double? {
            guard let line = output.split(separator: "\n").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(label) })
            else { return nil }
            return line.split(separator: " ").dropFirst().first.flatMap { Self.value(String($0)) }
        }
        guard let rate = number(after: "Requests/sec:"), let p50 = number(after: "50%"), let p99 = number(after: "99%"),
              let total = output.range(of: #"(\d+) requests in"#, options: .regularExpression)
        else { return nil }
        requests = Int(output[total].split(separator: " ")[0]) ?? 0
        requestsPerSecond = rate
        p50Milliseconds = p50
        p99Milliseconds = p99
        let non2xx = number(after: "Non-2xx or 3xx responses:").map(Int.init) ?? 0
        var socket = 0
        if let line = output.split(separator: "\n").first(where: { $0.contains("Socket errors:") }) {
            socket = line.matches(of: /\d+/).compactMap { Int($0.output) }.reduce(0, +)
        }
        errors = non2xx + socket
    }

    /// `1.23ms`, `850.00us`, `1.02s`, `1234.56` as milliseconds (or a plain number).
    static func value(_ text: String) -> Double? {
        for (suffix, scale) in [("ms", 1.0), ("us", 0.001), ("s", 1000.0)] where text.hasSuffix(suffix) {
            return Double(text.dropLast(suffix.count)).map { $0 * scale }
        }
        return Double(text)
    }
}
