import SuoyinCore

/// A passage's text with its matches in `<mark>`, from the code point
/// ranges a result gives (``SearchResult/highlights``).
enum Marked {
    static func text(_ text: String, highlights: [[Int]]) -> Markup {
        let scalars = Array(text.unicodeScalars)
        var pieces: [Markup] = []
        var position = 0
        for range in highlights where range.count == 2 {
            let start = min(max(range[0], position), scalars.count)
            let end = min(max(range[1], start), scalars.count)
            guard end > start else { continue }
            pieces.append(.text(string(scalars[position..<start])))
            pieces.append(.element("mark", [], [.text(string(scalars[start..<end]))]))
            position = end
        }
        pieces.append(.text(string(scalars[position...])))
        return .join(pieces)
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }
}
