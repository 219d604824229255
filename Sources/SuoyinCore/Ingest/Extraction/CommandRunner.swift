import Dispatch
import Foundation

/// Runs an external program and collects its output, for extractors that
/// delegate to tools such as `pdftotext` (and for the benchmark's tools).
package enum CommandRunner {
    /// What a finished program produced.
    package struct Result {
        package var status: Int32
        package var output: Data
        package var errors: Data

        package init(status: Int32, output: Data, errors: Data) {
            self.status = status
            self.output = output
            self.errors = errors
        }
    }

    /// The first executable file named `name` in the folders of `searchPath`
    /// (a `PATH`-style list), or `nil`. Empty entries are skipped rather than
    /// meaning the current folder, which should not decide what runs.
    package static func executable(named name: String, searchPath: String?) -> String? {
        for folder in (searchPath ?? "").split(separator: ":") where folder.hasPrefix("/") {
            let candidate = String(folder.hasSuffix("/") ? folder + name : folder + "/" + name)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        return nil
    }

    /// Runs `executable` with `arguments`, no input, and waits for it.
    ///
    /// Both output pipes are read to their end before waiting for the exit:
    /// a program blocks once a pipe's buffer (64 KB) is full, so waiting first,
    /// or reading one pipe while the other fills, could hang for ever.
    ///
    /// A launch that fails is tried again, up to ``launchAttempts`` times: a
    /// program file that some process still holds open for writing (a file
    /// being installed, or a descriptor a concurrent fork inherited) cannot
    /// be executed for a moment (`ETXTBSY`).
    package static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        var attempt = 1
        while true {
            do {
                return try runOnce(executable, arguments)
            } catch where attempt < launchAttempts {
                attempt += 1
                usleep(useconds_t(50_000 * attempt))
            }
        }
    }

    /// How many times a program is launched before its failure to start is reported.
    static let launchAttempts = 3

    private static func runOnce(_ executable: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errorReader = BackgroundReader(errors.fileHandleForReading)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errorReader.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: outputData, errors: errorData)
    }

    /// Reads a file handle to its end on another thread.
    private final class BackgroundReader: @unchecked Sendable {
        // Written once on the reading thread before `done` is signalled, read after `wait()`.
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            DispatchQueue.global().async { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }
}
