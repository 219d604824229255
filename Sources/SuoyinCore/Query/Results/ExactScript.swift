/// Whether a passage holds a query phrase exactly as the user typed it —
/// the same characters, before folding — which breaks ties between
/// passages of equal score: a query in traditional script ranks a
/// traditional document before its simplified twin, and the reverse.
///
/// A phrase typed with spaces (`"依法 行政"`) is held exactly when each of
/// its space-separated parts is.
struct ExactScript {
    /// Each positive phrase's parts as typed.
    private let phrases: [[String]]

    /// From the positive phrases' sources (``QueryPhrase/source``).
    init(sources: [String]) {
        phrases = sources.map { $0.split(whereSeparator: \.isWhitespace).map(String.init) }.filter { !$0.isEmpty }
    }

    /// Whether `text` holds one of the phrases exactly.
    func matches(_ text: String) -> Bool {
        phrases.contains { parts in parts.allSatisfy { text.contains($0) } }
    }
}
