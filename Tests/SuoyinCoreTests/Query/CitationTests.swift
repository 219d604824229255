import Testing
import SuoyinCore
import TestSupport

@Suite("Citation")
struct CitationTests {
    @Test("PATH:LINE:COL and PATH:LINE parse; the path may hold colons", arguments: [
        ("a.txt:3:5", Citation(path: "a.txt", line: 3, column: 5)),
        ("a.txt:3", Citation(path: "a.txt", line: 3, column: nil)),
        ("dir:with:colons/a.txt:3:5", Citation(path: "dir:with:colons/a.txt", line: 3, column: 5)),
        ("Corpus/cixi-2023.txt:7:1", Citation(path: "Corpus/cixi-2023.txt", line: 7, column: 1)),
        ("/abs/报告.md:120", Citation(path: "/abs/报告.md", line: 120, column: nil)),
    ])
    func parses(text: String, expected: Citation) throws {
        #expect(try Citation(parsing: text) == expected)
    }

    /// Found by the `citation` fuzz target: U+0605 is a prepended concatenation
    /// mark, so it and the colon after it make one `Character`.
    @Test("a colon after a prepended mark still separates the path", arguments: ["\u{605}", "x\u{600}", "\u{604}"])
    func prependedMark(path: String) throws {
        #expect(try Citation(parsing: path + ":3:2") == Citation(path: path, line: 3, column: 2))
        #expect(try Citation(parsing: path + ":3") == Citation(path: path, line: 3, column: nil))
    }

    @Test("a citation prints as it parses", arguments: ["a.txt:3:5", "a.txt:3", "dir:with:colons/a.txt:3:5"])
    func roundTrip(text: String) throws {
        #expect(try Citation(parsing: text).description == text)
    }

    @Test("anything else is a malformed citation", arguments: [
        "a.txt", "a.txt:0", ":3", "a.txt:x", "a.txt:", "", ":", "a.txt:-1", "a.txt:3:0", ":3:5", "a.txt:3:-2",
    ])
    func malformed(text: String) {
        #expect(throws: SuoyinError.malformedCitation(text)) { try Citation(parsing: text) }
    }

    /// The parse by splitting at every colon, as Citation parsed before it looked only for the last two.
    private static func splitParse(_ text: String) -> Citation? {
        let parts = text.unicodeScalars.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        func number(_ part: String) -> Int? { Int(part).flatMap { $0 > 0 ? $0 : nil } }
        var citation: Citation?
        if parts.count >= 3, let line = number(parts[parts.count - 2]), let column = number(parts[parts.count - 1]) {
            citation = Citation(path: parts.dropLast(2).joined(separator: ":"), line: line, column: column)
        } else if parts.count >= 2, let line = number(parts[parts.count - 1]) {
            citation = Citation(path: parts.dropLast().joined(separator: ":"), line: line, column: nil)
        }
        return citation?.path.isEmpty == false ? citation : nil
    }

    @Test("parsing from the last two colons agrees with splitting at every colon, on 5,000 random texts")
    func agreesWithSplitting() {
        let pieces = [":", ":", ":", "::", "1", "2", "0", "12", "-3", "+4", "a", "报告", "/", ".txt", " ", "\u{605}", "é",
                      "9999999999999999999999"]
        var random = SplitMix64(seed: 3)
        var parsed = 0
        var disagreements: [String] = []
        for _ in 0..<5_000 {
            // A random head, then usually one or two colon-separated tails that may or may not be numbers.
            var text = (0..<Int.random(in: 0...4, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                text += ":" + ["1", "7", "12", "0", "-3", "+4", "9999999999999999999999", "a", ""].randomElement(using: &random)!
            }
            let citation = try? Citation(parsing: text)
            if citation != Self.splitParse(text) { disagreements.append(text) }
            parsed += citation == nil ? 0 : 1
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
        #expect(parsed > 500)
    }
}
