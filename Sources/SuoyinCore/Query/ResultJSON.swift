import Foundation

/// The JSON encoding of results, shared by `suoyin search --json` and the
/// HTTP API so that both print the very same objects: keys sorted, Chinese
/// and slashes left unescaped.
public enum ResultJSON {
    /// A new encoder with the contract's settings (encoders are not thread-safe to share).
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
