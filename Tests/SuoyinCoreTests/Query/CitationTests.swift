import Testing
import SuoyinCore

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
}
