import Foundation
import Testing

/// Nothing a user types reaches FTS5's query syntax or SQL: every query gives
/// results (0), no results (1) or one clear line on stderr (2).
@Suite("search never fails on odd input")
struct QueryRobustnessTests {
    /// Each element is one command line's query arguments.
    static let nastyQueries: [[String]] = [
        ["\""], ["*"], ["NEAR("], ["NEAR(法治 政府)"], ["AND"], ["OR"], ["NOT"], ["-"], ["^"], [":"],
        ["'); DROP TABLE x; --"], ["col:法治"], ["text:法治"], ["passages_fts"], ["\"法治"], ["法治\""],
        ["「法治"], ["法治」"], ["“法治"], ["😀"], ["😀法治"], ["，。！？"], ["法治*"], ["{法治}"],
        ["法治 AND"], ["法治 NOT 政府"], ["OR OR"], ["法治 OR"], ["OR 法治"], ["\"\" \"\""], ["- -"],
        ["\"法治\" + \"政府\""], ["法治 (政府"], ["\u{FFFD}"], ["\u{3000}"], ["法\u{301}治"],
        [String(repeating: "法治", count: 200)], [String(repeating: "\"", count: 7)],
        ["法治", "-政府"], ["-法治"], ["-政府", "法治"], ["法治", "-"], ["－督察"], ["-\"法治 政府\""],
    ]

    @Test("every query exits 0, 1 or 2 without FTS5 or SQL in its messages", arguments: nastyQueries)
    func nastyQuery(_ query: [String]) throws {
        let run = try SharedCorpus.copy().run("search", ["--json", "--limit", "3"] + query)
        #expect([0, 1, 2].contains(run.status), "\(run)")
        #expect(!run.stderr.lowercased().contains("fts5"), "\(run)")
        #expect(!run.stderr.lowercased().contains("syntax error"), "\(run)")
        #expect(!run.stderr.contains("SQL"), "\(run)")
        // Repairs (an unclosed quote, a stray operator) are one note each; nothing else may be said.
        let said = run.stderrLines.filter { !$0.hasPrefix("suoyin: note: ") }
        switch run.status {
        case 0:
            #expect(said.isEmpty, "\(run)")
            for line in run.stdoutLines { #expect(throws: Never.self) { try JSONResult(line: line) } }
        case 1:
            #expect(run.stdout.isEmpty && said.isEmpty, "\(run)")
        default:
            #expect(run.stdout.isEmpty, "\(run)")
            #expect(said.count == 1, "\(run)")
        }
    }
}
