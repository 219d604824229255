import Foundation
import Testing

/// One run of the `suoyin` binary whose whole output is kept in a golden file.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    /// Where a case runs.
    enum Setting: String, Sendable {
        /// The shared copy of `Corpus/` indexed into `i.sqlite`, with `SUOYIN_INDEX=i.sqlite`; read only.
        case indexed
        /// A fresh copy of `Corpus/` without an index.
        case corpus
        /// A fresh empty folder: no index, no `Corpus/`.
        case empty

        /// The first line of the golden file.
        var description: String {
            switch self {
            case .indexed: "in a copy of Corpus/ indexed into i.sqlite"
            case .corpus: "in a fresh copy of Corpus/, not indexed"
            case .empty: "in an empty folder"
            }
        }
    }

    /// The golden file's name, without `.txt`.
    var name: String
    var setting: Setting
    var arguments: [String]
    /// Commands run first, in the same folder, that must succeed (not recorded).
    var setup: [[String]] = []

    var testDescription: String { name }

    /// The environment the case adds to ``SuoyinProcess``'s: a fixed width for
    /// help text, whatever the terminal running the tests.
    var environment: [String: String] {
        var environment = ["COLUMNS": "80", "LINES": "24"]
        if setting == .indexed { environment["SUOYIN_INDEX"] = "i.sqlite" }
        return environment
    }

    /// The command line as a shell would take it.
    var commandLine: String {
        let prefix = setting == .indexed ? "SUOYIN_INDEX=i.sqlite " : ""
        return prefix + (["suoyin"] + arguments.map(Self.shellQuoted)).joined(separator: " ")
    }

    private static func shellQuoted(_ argument: String) -> String {
        let special = Set(" \t\n\"'*?$`\\!;&|<>()[]{}#~")
        guard argument.isEmpty || argument.contains(where: { special.contains($0) }) else { return argument }
        return "'" + argument.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    /// Runs the case and returns the text to compare with its golden file.
    func recordedText() throws -> String {
        let folder: URL
        switch setting {
        case .indexed: folder = try SharedCorpus.copy().folder
        case .corpus: folder = try CorpusCopy().folder
        case .empty: folder = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-tests-\(UUID().uuidString)")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // The shared copy outlives the case; a fresh folder does not.
        defer { if setting != .indexed { try? FileManager.default.removeItem(at: folder) } }
        for command in setup {
            let run = try SuoyinProcess.run(command, in: folder, environment: environment)
            try #require(run.status == 0, "setup \(command): \(run)")
        }
        let run = try SuoyinProcess.run(arguments, in: folder, environment: environment)
        return GoldenFile.text(of: run, commandLine: commandLine, setting: setting.description, folder: folder)
    }
}
