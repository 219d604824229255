import Foundation
import Testing

/// A recorded run of the `suoyin` binary, kept as a text file under
/// `Tests/suoyinTests/Golden/` and compared with each new run.
///
/// The file is the run as a reader would check it: where it ran, the command
/// line, the exit status, then stdout and stderr verbatim. Only what truly
/// varies between runs is masked (see ``mask(_:folder:)``).
///
/// Re-record every file with `SUOYIN_RECORD_GOLDEN=1 swift test --filter Golden`
/// (after a deliberate change of output), then review the files' diff.
enum GoldenFile {
    /// The folder of the recorded files.
    static let folder = SuoyinProcess.packageRoot.appendingPathComponent("Tests/suoyinTests/Golden")

    /// The environment variable that turns comparing into recording.
    static let recordVariable = "SUOYIN_RECORD_GOLDEN"

    /// Whether this test run records the files instead of comparing them.
    static var isRecording: Bool { !(ProcessInfo.processInfo.environment[recordVariable] ?? "").isEmpty }

    /// The recorded file of the case `name`.
    static func url(_ name: String) -> URL { folder.appendingPathComponent(name + ".txt") }

    /// The text of a run as it is recorded.
    static func text(of run: SuoyinRun, commandLine: String, setting: String, folder: URL) -> String {
        "# \(setting)\n$ \(commandLine)\nexit \(run.status)\n--- stdout\n\(block(run.stdout, folder))--- stderr\n\(block(run.stderr, folder))"
    }

    /// A stream's text, masked, with a marker when its last line has no newline.
    private static func block(_ stream: String, _ folder: URL) -> String {
        let masked = mask(stream, folder: folder)
        return masked.isEmpty || masked.hasSuffix("\n") ? masked : masked + "\n(no newline at end)\n"
    }

    /// Masks what varies between runs and nothing else:
    /// - the run's temporary folder, written `$TMP`;
    /// - the timings of the index summary line (`Indexed into …; 0.02 s (writing 0.01 s, …)`),
    ///   written `#.## s`;
    /// - the git revision the binary was built from (`0.4.0 (git 1a2b3c4d5e6f-dirty)`),
    ///   written `(git REVISION)`.
    static func mask(_ text: String, folder: URL) -> String {
        let withoutFolder = text.replacingOccurrences(of: folder.path, with: "$TMP")
            .replacingOccurrences(of: #"\(git [0-9a-f]+(-dirty)?\)"#, with: "(git REVISION)", options: .regularExpression)
        return withoutFolder.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.hasPrefix("Indexed into ") else { return String(line) }
            return line.replacingOccurrences(of: #"[0-9]+\.[0-9]+ s\b"#, with: "#.## s", options: .regularExpression)
        }.joined(separator: "\n")
    }

    /// Compares `actual` with the recorded file `name`, or records it.
    static func check(_ actual: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = url(name)
        if isRecording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("No golden file \(url.path). Record it with \(recordCommand).", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        Issue.record("""
            The output differs from Golden/\(name).txt (- expected, + actual):
            \(LineDiff(expected: expected, actual: actual).description)
            If the change is intended, re-record with \(recordCommand) and review the diff.
            """, sourceLocation: sourceLocation)
    }

    /// The one command that re-records every file.
    static let recordCommand = "'\(recordVariable)=1 swift test --filter Golden'"

    /// The names of the recorded files now in the folder.
    static func recordedNames() throws -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return Set(names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) })
    }
}
