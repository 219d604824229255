/// Why a file's bytes could not be read as text.
public enum DecodingFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes contain NUL or many control characters, so the file is not text.
    case binary
    /// No supported encoding reads the bytes as text; the reason says what was tried.
    case undecodable(String)

    /// What went wrong and what to do, written to follow a file's path in a diagnostic:
    /// `Corpus/x.txt: warning: not readable as UTF-8, GB18030 or Big5 (…); convert it to UTF-8 or name its encoding`.
    public var description: String {
        switch self {
        case .binary:
            "looks binary: it contains NUL bytes or control characters"
        case .undecodable(let reason):
            "\(reason); convert it to UTF-8 or name its encoding"
        }
    }

    /// The reason alone, without advice.
    var reason: String {
        switch self {
        case .binary: "looks binary"
        case .undecodable(let reason): reason
        }
    }
}
