/// Whether a passage holds a query phrase exactly as the user typed it —
/// the same characters, before folding — which breaks ties between
/// passages of equal score: a query in traditional script ranks a
/// traditional document before its simplified twin, and the reverse.
///
/// A phrase typed with spaces (`"依法 行政"`) is held exactly when each of
/// its space-separated parts is.
///
/// "Exactly" is byte for byte in UTF-8: the comparison runs on every
/// passage tied for a place, and `String`'s own search (canonical
/// equivalence, through Foundation) was a twentieth of a `--limit 0` search.
struct ExactScript {
    /// Each positive phrase's parts as typed, in UTF-8.
    private let phrases: [[[UInt8]]]

    /// From the positive phrases' sources (``QueryPhrase/source``).
    init(sources: [String]) {
        phrases = sources.map { $0.split(whereSeparator: \.isWhitespace).map { Array($0.utf8) } }.filter { !$0.isEmpty }
    }

    /// Whether `text` holds one of the phrases exactly.
    func matches(_ text: String) -> Bool {
        guard !phrases.isEmpty else { return false }
        var text = text
        return text.withUTF8 { matches(utf8: $0) }
    }

    /// Whether the UTF-8 text `bytes` holds one of the phrases exactly.
    func matches(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        phrases.contains { parts in parts.allSatisfy { Self.contains($0, in: bytes) } }
    }

    /// Whether `part` occurs in `bytes`.
    private static func contains(_ part: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = part.first, part.count <= bytes.count else { return part.isEmpty }
        var start = 0
        while start + part.count <= bytes.count {
            if bytes[start] == first && part.indices.allSatisfy({ bytes[start + $0] == part[$0] }) { return true }
            start += 1
        }
        return false
    }
}
