import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Times whole `suoyin search` processes, from launch to exit, as a user
/// or a script running the release binary sees them.
///
/// Processes are started with `posix_spawn` and reaped with `waitpid`:
/// Foundation's `Process.waitUntilExit` polls every 50 ms on Linux, which
/// would round every time up to that grain.
struct SearchProcessTimer {
    static let runs = 10

    /// The `suoyin` executable.
    let binary: String
    let indexPath: String

    /// The release `suoyin` beside this benchmark's own executable, if built.
    static func siblingBinary() -> String? {
        guard let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let path = ((me as NSString).deletingLastPathComponent as NSString).appendingPathComponent("suoyin")
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Milliseconds of each of ``runs`` processes answering `query` (after one untimed run).
    func measure(_ query: BenchQuery) throws(BenchError) -> LatencyStats {
        var samples: [Double] = []
        for run in 0...Self.runs {
            let seconds = try Stopwatch.time { () throws(BenchError) in
                // No `--` before the query: `suoyin search` counts it among the query's arguments,
                // and of several arguments one with spaces is taken for a phrase the shell unquoted.
                try spawnAndWait([binary, "search", "--index", indexPath] + query.processArguments + [query.text])
            }.seconds
            if run > 0 { samples.append(seconds * 1000) }
        }
        return LatencyStats(milliseconds: samples)
    }

    /// Runs `arguments[0]` with its output sent to /dev/null and waits for it.
    private func spawnAndWait(_ arguments: [String]) throws(BenchError) {
        let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid = pid_t()
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
        guard spawned == 0 else { throw .cannotRun(path: arguments[0], message: String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // Exit status 1 means "nothing matched"; 2 is an error, e.g. an index built by another analyzer.
        let exitCode = (status >> 8) & 0xFF
        guard status & 0x7F == 0, exitCode <= 1 else {
            throw .cannotRun(path: arguments[0], message: "it ended with status \(exitCode) (signal \(status & 0x7F))")
        }
    }
}
