/// The result of decoding a file: its text, the encoding used, and how many bad sequences were replaced.
public struct DecodedText: Sendable, Equatable {
    /// The text, without a byte order mark and with line endings exactly as in the file.
    public var text: String
    /// The encoding the bytes were read in: detected, or the one the caller forced.
    public var encoding: TextEncoding
    /// How many invalid byte sequences became U+FFFD; callers report a nonzero count as a warning.
    public var replacements: Int
    /// Whether the file started with a byte order mark (removed from ``text``).
    public var hasByteOrderMark: Bool

    public init(text: String, encoding: TextEncoding, replacements: Int = 0, hasByteOrderMark: Bool = false) {
        self.text = text
        self.encoding = encoding
        self.replacements = replacements
        self.hasByteOrderMark = hasByteOrderMark
    }
}
