import Foundation
import TextAnalysis

/// Tantivy as a second baseline: the official Python bindings build an index
/// of the same passages in the same run and answer the phrase and AND
/// classes (`Tantivy/tantivy_baseline.py` says how).
///
/// The passages go to Tantivy already folded (Suoyin's folding, not timed on
/// Tantivy's side), as one stored text field tokenized one character per token
/// with positions, so its phrase queries are exact as Suoyin's are. The
/// Python environment is `.build/bench-venv` (made with `pip install tantivy`
/// on first use); when it cannot be had, the run goes on without this baseline.
struct TantivyBaseline {
    /// The bindings' version the benchmark installs.
    static let package = "tantivy==0.27.0"
    /// The classes Tantivy answers: phrases, and phrases that must all stand in one passage.
    static let classes: [QueryClass] = [.oneFrequent, .oneRare, .twoFrequent, .twoRare, .threeToFour, .sixToTen,
                                        .traditional, .and]

    let passages: FoldedPassages
    let queries: [BenchQuery]
    let runs: Int
    let scratch: ScratchFolder

    /// Builds and queries Tantivy; a message instead when it could not run.
    func run() -> Result<TantivyReport, TantivySkipped> {
        guard let python = Self.python() else {
            return .failure(TantivySkipped(reason: "no Python with the tantivy package: python3 -m venv .build/bench-venv && .build/bench-venv/bin/pip install \(Self.package)"))
        }
        let input = scratch.file("tantivy-passages.tsv")
        let queryFile = scratch.file("tantivy-queries.json")
        let folder = scratch.file("tantivy-index")
        let chosen = queries.filter { Self.classes.contains($0.queryClass) && $0.mode == nil }
        do {
            try writePassages(to: input)
            try JSONSerialization.data(withJSONObject: chosen.map(Self.description)).write(to: URL(fileURLWithPath: queryFile))
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            return .failure(TantivySkipped(reason: "cannot write its input in \(scratch.path): \(error.localizedDescription)"))
        }
        let (status, output, errors) = Self.capture(python, [Self.script, input, queryFile, folder, String(runs)])
        guard status == 0, let report = try? JSONDecoder().decode(TantivyReport.Raw.self, from: output) else {
            let last = errors.split(separator: "\n").last.map(String.init) ?? "no message"
            return .failure(TantivySkipped(reason: "tantivy_baseline.py failed (exit \(status)): \(last)"))
        }
        return .success(TantivyReport(report, queries: chosen))
    }

    /// One passage a line: its id, a tab, its folded text (line breaks made spaces).
    private func writePassages(to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var chunk = ""
        for index in 0..<passages.count {
            chunk += "\(passages.ids[index])\t" + passages.text(ofPassage: index).replacingOccurrences(of: "\n", with: " ") + "\n"
            if chunk.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(chunk.utf8))
                chunk = ""
            }
        }
        try handle.write(contentsOf: Data(chunk.utf8))
    }

    /// A query as the script takes it: its phrases, folded, one string per character.
    private static func description(_ query: BenchQuery) -> [String: Any] {
        let phrases = query.terms.map { term in
            CharacterFolding.fold(term).filter { !$0.isWhitespace }.map(String.init)
        }
        return ["class": query.queryClass.rawValue, "text": query.text, "phrases": phrases]
    }

    /// `Sources/suoyin-bench/Tantivy/tantivy_baseline.py`, beside this file.
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Tantivy/tantivy_baseline.py").path

    /// The package's root folder, three levels above this file.
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The Python of `.build/bench-venv`, made with the bindings when missing; nil when that fails.
    static func python() -> String? {
        let venv = root.appendingPathComponent(".build/bench-venv").path
        let python = venv + "/bin/python"
        if capture(python, ["-c", "import tantivy"]).status == 0 { return python }
        BenchRun.say("Installing the Tantivy bindings (\(package)) into \(venv)…")
        guard capture("/usr/bin/env", ["python3", "-m", "venv", venv]).status == 0,
              capture(venv + "/bin/pip", ["install", "--quiet", "--disable-pip-version-check", package]).status == 0,
              capture(python, ["-c", "import tantivy"]).status == 0
        else { return nil }
        return python
    }

    /// Runs `executable` and returns its exit status, standard output and standard error.
    private static func capture(_ executable: String, _ arguments: [String]) -> (status: Int32, output: Data, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return (-1, Data(), "cannot run \(executable)") }
        // Read standard error on another thread so that neither pipe fills and blocks the child.
        let errorText = ErrorText()
        let reading = DispatchGroup()
        reading.enter()
        DispatchQueue.global().async {
            errorText.data = errors.fileHandleForReading.readDataToEndOfFile()
            reading.leave()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        reading.wait()
        return (process.terminationStatus, data, String(decoding: errorText.data, as: UTF8.self))
    }
}

/// Standard error, read on another thread and handed over through a `DispatchGroup`.
private final class ErrorText: @unchecked Sendable {
    var data = Data()
}

/// Why the Tantivy baseline is missing from a run.
struct TantivySkipped: Error {
    var reason: String
}
