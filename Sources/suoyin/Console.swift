import ArgumentParser
import Foundation
import SuoyinCore

/// Where the command-line tool writes: results to stdout, diagnostics to stderr.
enum Console {
    /// Whether stderr is a terminal (for progress lines).
    static let stderrIsTerminal = isatty(STDERR_FILENO) == 1

    /// Writes one line to stderr.
    static func diagnose(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints a library error and ends the command with exit status 2.
    static func fail(_ error: SuoyinError) -> ExitCode {
        diagnose("suoyin: error: \(error.description)")
        return ExitCode(2)
    }
}
