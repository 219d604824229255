/// A problem with one file, reported compiler-style while work goes on.
///
/// For example: `Corpus/x.txt: warning: not valid UTF-8, GB18030 or Big5; skipped`.
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case warning, error }

    public var path: String
    public var severity: Severity
    public var message: String

    public init(path: String, severity: Severity = .warning, message: String) {
        self.path = path
        self.severity = severity
        self.message = message
    }

    /// The line to print; control characters in the path or message are escaped (``TerminalText``).
    public var description: String { TerminalText.escaped("\(path): \(severity.rawValue): \(message)") }
}
