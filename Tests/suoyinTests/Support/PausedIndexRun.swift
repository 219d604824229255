import Foundation
import Testing

/// A `suoyin index` process stopped at a known point: right after its first
/// committed batch, holding the index's lock, with the rest of its run to do.
///
/// The binary pauses there when `SUOYIN_TEST_PAUSE_AFTER_BATCH` names a file
/// (see `TestPause` in SuoyinCore): it creates the file and waits while the
/// file exists. No sleeping and hoping: the initializer returns only once the
/// file exists, and fails if the process ended without pausing.
final class PausedIndexRun {
    private let process = Process()
    private let pauseFile: URL

    /// Starts `suoyin arguments…` in `copy`'s folder and waits until it pauses.
    init(_ arguments: [String], in copy: CorpusCopy, sourceLocation: SourceLocation = #_sourceLocation) throws {
        pauseFile = copy.url("paused-\(UUID().uuidString)")
        var environment = ProcessInfo.processInfo.environment
        environment["SUOYIN_INDEX"] = nil
        environment["SUOYIN_TEST_PAUSE_AFTER_BATCH"] = pauseFile.path
        process.executableURL = URL(fileURLWithPath: SuoyinProcess.binary)
        process.arguments = arguments
        process.currentDirectoryURL = copy.folder
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The process either pauses (the file appears) or ends; it cannot do neither.
        while process.isRunning && !FileManager.default.fileExists(atPath: pauseFile.path) {
            usleep(5_000)
        }
        try #require(FileManager.default.fileExists(atPath: pauseFile.path),
                     "suoyin \(arguments.joined(separator: " ")) ended (status \(process.terminationStatus)) without pausing after a committed batch",
                     sourceLocation: sourceLocation)
    }

    /// A test that fails between start and end leaves no paused process behind.
    deinit {
        if process.isRunning { _ = kill() }
    }

    /// The process's niceness (field 19 of `/proc/PID/stat`).
    func niceness() throws -> Int? {
        let stat = try String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8)
        // The command name (field 2) may hold spaces: count from the last ')'.
        guard let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 16 ? Int(fields[16]) : nil
    }

    /// Whether the process is still alive; true until `kill` or `waitForExit`.
    var isRunning: Bool { process.isRunning }

    /// Kills the paused process with SIGKILL and returns how it ended.
    func kill() -> Process.TerminationReason {
        _ = Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: pauseFile)
        return process.terminationReason
    }

    /// Lets the process go on from its pause.
    func resume() throws {
        try FileManager.default.removeItem(at: pauseFile)
    }

    /// Waits for the resumed process to end and returns its exit status.
    func waitForExit() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }
}
