import Foundation
import Testing
@testable import SuoyinCore

/// `NEAR` counts characters exactly (FTS5's term distances only propose
/// candidates), and a numeral term finds, marks and ranks both forms.
@Suite("NEAR and numerals in searches")
struct NearAndNumeralSearchTests {
    @Test("NEAR/N: at most N characters strictly between, either order, overlapping counts as near")
    func nearDistances() throws {
        let index = try SmallIndex(["a.txt": "依法治国。\n法治，依法。\n依法甲乙丙丁戊己庚法治\n"])
        defer { index.remove() }
        func lines(_ query: String) throws -> [Int] { try index.search(query, scope: .passage).map(\.line).sorted() }
        #expect(try lines("依法 NEAR/0 法治") == [1])        // 依法治: the two overlap
        #expect(try lines("法治 NEAR/1 依法") == [1, 2])     // either order; 1 character (，) between
        #expect(try lines("依法 NEAR/6 法治") == [1, 2])
        #expect(try lines("依法 NEAR/7 法治") == [1, 2, 3])  // 甲乙丙丁戊己庚: 7 between
        #expect(try lines("依法 NEAR 法治") == [1, 2, 3])    // NEAR alone: 10
    }

    @Test("NEAR/N with a phrase asked through a joined term, which ends a term early in FTS5")
    func nearJoinedTerm() throws {
        let index = try SmallIndex(["a.txt": "2022年报告。\n报告2022年。\n2022年度甲报告\n"])
        defer { index.remove() }
        func lines(_ query: String) throws -> [Int] { try index.search(query, scope: .passage).map(\.line).sorted() }
        #expect(try lines("=2022年 NEAR/0 报告") == [1, 2])    // nothing between, either order
        #expect(try lines("报告 NEAR/0 =2022年") == [1, 2])
        #expect(try lines("=2022年 NEAR/1 报告") == [1, 2])    // 度甲: 2 between
        #expect(try lines("=2022年 NEAR/2 报告") == [1, 2, 3])
    }

    @Test("a numeral term finds both forms, marks whichever matched, and scores the forms as one term")
    func numerals() throws {
        let index = try SmallIndex(["a.txt": "依照第12条办理。\n", "b.txt": "依照第十二条办理。\n", "c.txt": "第十二条与第12条。\n"])
        defer { index.remove() }
        let results = try index.search("第12条")
        #expect(Set(results.map { URL(fileURLWithPath: $0.path).lastPathComponent }) == ["a.txt", "b.txt", "c.txt"])
        for result in results {
            let marked = result.highlights.map { range in
                String(String.UnicodeScalarView(Array(result.text.unicodeScalars)[range[0]..<range[1]]))
            }
            let expected = result.path.hasSuffix("a.txt") ? ["第12条"] : result.path.hasSuffix("b.txt") ? ["第十二条"] : ["第十二条", "第12条"]
            #expect(marked == expected, "\(result.citation)")
        }
        // One term: the passage with both forms counts two occurrences of it, and ranks first.
        #expect(results.first?.path.hasSuffix("c.txt") == true)
        #expect(try index.search("=第12条").map(\.path).map { URL(fileURLWithPath: $0).lastPathComponent }.sorted() == ["a.txt", "c.txt"])
        let plan = try index.database.read("test") { db in
            try QueryPlan(db, query: QueryParser.parse("第12条"), count: 10)
        }
        #expect(plan.phrases.count == 1)
        #expect(plan.phrases[0].documentFrequency == 3)  // passages with either form
    }
}
