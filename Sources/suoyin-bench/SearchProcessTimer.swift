import Foundation

/// Times whole `suoyin search` processes, from launch to exit, as a user
/// or a script running the release binary sees them.
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
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["search", "--index", indexPath, query.text]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let stopwatch = Stopwatch()
            do {
                try process.run()
            } catch {
                throw .cannotRun(path: binary, message: error.localizedDescription)
            }
            process.waitUntilExit()
            if run > 0 { samples.append(stopwatch.seconds * 1000) }
        }
        return LatencyStats(milliseconds: samples)
    }
}
