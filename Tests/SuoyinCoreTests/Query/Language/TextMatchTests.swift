import Testing
@testable import SuoyinCore

/// ``TextMatch`` decides a query on a text's bytes: each term where a form
/// occurs, `NEAR` by the characters strictly between two occurrences.
@Suite("TextMatch")
struct TextMatchTests {
    private func matches(_ query: String, _ text: String) throws -> Bool {
        var check = TextMatch(try QueryParser.parse(query, scope: .passage).expression)
        return check.matches(text)
    }

    @Test("NEAR at the exact limit: N characters between match, N + 1 do not, in either order")
    func limits() throws {
        #expect(try matches("依法 NEAR/2 行政", "依法，，行政"))
        #expect(try !matches("依法 NEAR/1 行政", "依法，，行政"))
        #expect(try matches("行政 NEAR/2 依法", "依法，，行政"))
        #expect(try matches("依法 NEAR/0 法行", "依法行政"))        // overlapping
        #expect(try !matches("依法 NEAR/3 行政", "依法 a1 行政"))   // a word and two spaces: 4 characters
        #expect(try matches("依法 NEAR/4 行政", "依法 a1 行政"))
    }

    @Test("a numeral's lone final character covers that character only, whatever follows it")
    func numeralPrefix() throws {
        #expect(try matches("=2023年 NEAR/0 行政", "2023年行政"))      // 年 then 行政 at once
        #expect(try !matches("=2023年 NEAR/0 行政", "2023年度行政"))   // 度 between
        #expect(try matches("=2023年 NEAR/1 行政", "2023年度行政"))
        #expect(try matches("=2023年 NEAR/1 行政", "行政，2023年5月"))  // ， between, the other order
        #expect(try !matches("=2023年 NEAR/5 行政", "2023 年行政"))    // not the phrase: a space before 年
        #expect(try matches("2023年 NEAR/0 行政", "二〇二三年行政"))    // the other form
    }

    @Test("AND, OR and NOT around a NEAR, each term numbered in turn")
    func combined() throws {
        #expect(try matches("督察 OR (依法 NEAR/1 行政)", "依法，行政"))
        #expect(try !matches("(依法 NEAR/1 行政) NOT 督察", "依法，行政督察"))
        #expect(try matches("(依法 NEAR/1 行政) NOT 督察", "依法，行政，法治"))
        #expect(try !matches("法治 AND (依法 NEAR/1 行政)", "依法，行政"))
    }
}

/// A page of a `NEAR` query checks FTS5's candidates on their text best
/// first, only until the page is full (``QueryEvaluator``): the same page
/// as checking them all.
@Suite("NEAR pages checked best first")
struct NearPageTests {
    @Test("the best k of a NEAR equal the first k of all its matches, candidates that fail the text skipped")
    func pages() throws {
        // Short lines whose only pair is too far apart on the text (commas are no terms),
        // so they score best among FTS5's candidates and must be passed over.
        var lines: [String] = []
        for index in 0..<30 {
            switch index % 3 {
            case 0: lines.append("依法" + String(repeating: "，", count: 4 + index % 5) + "法治")
            case 1: lines.append("依法法治" + String(repeating: "说明", count: index % 7))
            default: lines.append("依法，法治，依法" + String(repeating: "内容", count: index % 4) + "法治")
            }
        }
        let index = try SmallIndex(["a.txt": lines.joined(separator: "\n") + "\n"])
        defer { index.remove() }
        let searcher = Searcher(database: index.database)
        let query = try QueryParser.parse("依法 NEAR/2 法治", scope: .passage)
        let all = try searcher.search(query, limit: 0).map { "\($0.citation) \($0.score!)" }
        #expect(all.count == 20)
        for k in [1, 2, 5, 9, 20, 25] {
            #expect(try searcher.search(query, limit: k).map { "\($0.citation) \($0.score!)" } == Array(all.prefix(k)), "k \(k)")
        }
        let page = try searcher.search(query, options: SearchOptions(limit: 5, allCopies: true))
        #expect(page.results.map { "\($0.citation) \($0.score!)" } == Array(all.prefix(5)))
        #expect(page.total.passages == 20)
    }
}
