import Foundation

/// An index build run in a fresh child process of this benchmark (the
/// hidden `--phase` option), so that its peak resident size is its own, not
/// inflated by what the parent already holds or has freed.
enum BuildPhase: String, CaseIterable {
    /// Suoyin end to end: `IndexBuilder.run` on a folder.
    case index
    /// The trigram baseline, from a Suoyin index's passages.
    case baseline

    /// What a phase reports to the parent, as JSON on its standard output.
    struct Result: Codable {
        var measurement: BuildMeasurement
        var documents: Int
        var passages: Int
        /// Suoyin's own phases (``IndexSummary``): writing batches, the final
        /// merge of FTS5's segments, rebuilding the phrase lists; nil for the baseline.
        var writeSeconds: Double?
        var mergeSeconds: Double?
        var rankingSeconds: Double?
    }

    /// Runs the phase in this process. `input` is the corpus folder for
    /// ``index`` and the Suoyin index for the baseline; `output` is the index
    /// to write; `inputBytes` is the corpus size that throughputs divide
    /// (``index`` measures it itself).
    func run(input: String, output: String, inputBytes: Int) throws(BenchError) -> Result {
        switch self {
        case .index:
            let (measurement, summary) = try SuoyinIndexRun.run(corpus: input, indexPath: output)
            return Result(measurement: measurement, documents: summary.added + summary.updated,
                          passages: summary.totalPassages, writeSeconds: summary.writeSeconds,
                          mergeSeconds: summary.mergeSeconds, rankingSeconds: summary.rankingSeconds)
        case .baseline:
            let index = try IndexFile(path: input)
            let measurement = try BaselineIndex.build(at: output, from: index, settings: try index.settings(),
                                                      inputBytes: inputBytes)
            return Result(measurement: measurement, documents: 0, passages: measurement.passages)
        }
    }

    /// Runs the phase in a child process of this executable and returns what it reported.
    func runInChild(input: String, output: String, inputBytes: Int) throws(BenchError) -> Result {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--phase", rawValue, "--phase-input", input, "--phase-output", output,
                             "--phase-bytes", String(inputBytes)]
        let pipe = Pipe()
        process.standardOutput = pipe
        do {
            try process.run()
        } catch {
            throw .cannotRun(path: executable, message: error.localizedDescription)
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let result = try? JSONDecoder().decode(Result.self, from: data) else {
            throw .phaseFailed(phase: rawValue, status: process.terminationStatus)
        }
        return result
    }
}
