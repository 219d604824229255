import Foundation
import SuoyinCore
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
        let run = Self.launch(python, [Self.script, input, queryFile, folder, String(runs)])
        guard run.status == 0, let report = try? JSONDecoder().decode(TantivyReport.Raw.self, from: run.output) else {
            let last = String(decoding: run.errors, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? "no message"
            return .failure(TantivySkipped(reason: "tantivy_baseline.py failed (exit \(run.status)): \(last)"))
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
        if launch(python, ["-c", "import tantivy"]).status == 0 { return python }
        BenchRun.say("Installing the Tantivy bindings (\(package)) into \(venv)…")
        guard launch("/usr/bin/env", ["python3", "-m", "venv", venv]).status == 0,
              launch(venv + "/bin/pip", ["install", "--quiet", "--disable-pip-version-check", package]).status == 0,
              launch(python, ["-c", "import tantivy"]).status == 0
        else { return nil }
        return python
    }

    /// `executable`'s exit status and output; a program that cannot start is a failure (status −1).
    private static func launch(_ executable: String, _ arguments: [String]) -> CommandRunner.Result {
        (try? CommandRunner.run(executable, arguments)) ?? CommandRunner.Result(status: -1, output: Data(), errors: Data())
    }
}

/// Why the Tantivy baseline is missing from a run.
struct TantivySkipped: Error {
    var reason: String
}
