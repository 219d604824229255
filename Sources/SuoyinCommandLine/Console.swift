import ArgumentParser
import Foundation
import SuoyinCore

/// Where the command-line tool writes: results to stdout, diagnostics to stderr.
package enum Console {
    /// Whether stderr is a terminal (for progress lines).
    package static let stderrIsTerminal = isatty(STDERR_FILENO) == 1

    /// Writes one line to stderr, its control characters escaped (a path may hold any).
    package static func diagnose(_ line: String) {
        FileHandle.standardError.write(Data((TerminalText.escaped(line) + "\n").utf8))
    }

    /// The command-line arguments whose bytes are not UTF-8: the form Swift gives them
    /// (invalid bytes replaced with U+FFFD), and an escaped form that shows the bytes.
    package static let nonUTF8Arguments: [(repaired: String, escaped: String)] = (0..<Int(CommandLine.argc)).compactMap { index in
        guard let argument = CommandLine.unsafeArgv[index] else { return nil }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(argument).assumingMemoryBound(to: UInt8.self),
                                        count: strlen(argument))
        let repaired = String(decoding: bytes, as: UTF8.self)
        guard repaired.utf8.elementsEqual(bytes) == false else { return nil }
        return (repaired, TerminalText.escaped(bytes: bytes))
    }

    /// Prints a library error and ends the command with exit status 2.
    package static func fail(_ error: SuoyinError) -> ExitCode {
        diagnose("suoyin: error: \(error.description)")
        return ExitCode(2)
    }
}
