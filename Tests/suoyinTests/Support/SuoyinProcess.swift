import Foundation
import Testing

/// What one run of the built `suoyin` binary did.
struct SuoyinRun: Sendable, CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The non-empty lines of stderr.
    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    /// The non-empty lines of stdout.
    var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }

    var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// Runs the `suoyin` binary that `swift build` (or `swift test`) left in `.build/debug`.
enum SuoyinProcess {
    /// The package root: the folder above `Tests/` that holds `Package.swift`.
    static let packageRoot: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }()

    /// The built binary's path.
    static let binary = packageRoot.appendingPathComponent(".build/debug/suoyin").path

    /// Runs `suoyin arguments…` in `folder` with `NO_COLOR=1` and without
    /// `SUOYIN_INDEX` (unless `environment` sets it).
    static func run(
        _ arguments: [String], in folder: URL, environment: [String: String] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> SuoyinRun {
        try #require(FileManager.default.isExecutableFile(atPath: binary),
                     "No suoyin binary at \(binary): run 'swift build' before 'swift test'.",
                     sourceLocation: sourceLocation)
        return try run(executable: binary, arguments, in: folder, environment: environment)
    }

    /// Runs another program (a test client) as `run` runs `suoyin`.
    static func run(
        executable: String, _ arguments: [String], in folder: URL, environment: [String: String] = [:]
    ) throws -> SuoyinRun {
        var processEnvironment = ProcessInfo.processInfo.environment
        processEnvironment["SUOYIN_INDEX"] = nil
        processEnvironment["NO_COLOR"] = "1"
        processEnvironment.merge(environment) { _, new in new }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = processEnvironment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()

        // Both pipes are drained before waiting, stderr on another thread, so a
        // child that fills one pipe while we read the other cannot deadlock.
        let errorData = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData.data = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return SuoyinRun(status: process.terminationStatus,
                         stdout: String(decoding: outputData, as: UTF8.self),
                         stderr: String(decoding: errorData.data, as: UTF8.self))
    }
}

/// Bytes handed from the stderr reader thread; the DispatchGroup orders the access.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
