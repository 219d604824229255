import Foundation

/// The parameters of a URL's query string, decoded as a browser's GET form
/// encodes them (`+` for a space, `%XX` bytes of UTF-8).
///
/// Decoding is strict: a value that is not UTF-8 after decoding, or holds a
/// control character (NUL included), is refused with the parameter's name.
struct QueryString {
    private(set) var pairs: [(name: String, value: String)] = []

    /// No parameters.
    static let empty = QueryString()

    private init() {}

    /// Replaces the parameters with `pairs`.
    mutating func set(_ pairs: [(String, String)]) {
        self.pairs = pairs.map { (name: $0.0, value: $0.1) }
    }

    init(_ query: String?) throws(RequestProblem) {
        guard let query, !query.isEmpty else { return }
        for piece in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0], name: String(parts[0].prefix(40)))
            let value = parts.count > 1 ? try Self.decode(parts[1], name: name) : ""
            pairs.append((name, value))
        }
    }

    /// Every value of `name`, in order.
    func values(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    /// The one value of `name`, nil when absent or empty; given twice is an error.
    func value(_ name: String) throws(RequestProblem) -> String? {
        let all = values(name)
        guard all.count <= 1 else { throw .parameter(name, "given \(all.count) times; give it once.") }
        return all.first.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The integer value of `name` within `range`, or `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(RequestProblem) -> Int {
        guard let text = try value(name) else { return fallback }
        guard let number = Int(text), range.contains(number) else {
            throw .parameter(name, "'\(text.prefix(40))' is not a whole number from \(range.lowerBound) to \(range.upperBound).")
        }
        return number
    }

    /// A yes/no value: `1`, `true`, `on` or `yes` (a checked checkbox sends `on`).
    func flag(_ name: String) throws(RequestProblem) -> Bool {
        guard let text = try value(name) else { return false }
        switch text.lowercased() {
        case "1", "true", "on", "yes": return true
        case "0", "false", "off", "no": return false
        default: throw .parameter(name, "'\(text.prefix(40))' is not true or false.")
        }
    }

    /// Refuses any parameter not in `known`, so that a misspelt one is not silently ignored.
    func requireKnown(_ known: Set<String>) throws(RequestProblem) {
        if let unknown = pairs.first(where: { !known.contains($0.name) }) {
            throw RequestProblem(.badRequest, "Unknown parameter '\(unknown.name.prefix(40))'. Known: \(known.sorted().joined(separator: ", ")).")
        }
    }

    private static func decode(_ text: Substring, name: String) throws(RequestProblem) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw .parameter(name, "not valid percent-encoded UTF-8.")
        }
        if decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw .parameter(name, "contains a control character.")
        }
        return decoded
    }
}
