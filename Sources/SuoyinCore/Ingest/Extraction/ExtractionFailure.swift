/// Why text could not be extracted from a file.
///
/// `reason` completes the diagnostic "PATH: warning: <reason>; skipped", so it
/// starts in lower case and has no final period. For example:
/// `not a valid .docx file (it is not a ZIP archive)`.
public struct ExtractionFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, as a sentence fragment.
    public var reason: String

    /// Creates a failure with its reason.
    public init(reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}
