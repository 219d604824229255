import Foundation
import GRDB
import Testing
@testable import SuoyinCore

/// A query of one term without a phrase list is evaluated once while
/// planning (``QueryPlan/termMatches``): the same passages, scores and
/// totals as FTS5 evaluating the plan's expression again.
@Suite("one term's matches read while planning")
struct TermMatchesTests {
    /// 2018年 with its final character before each kind of neighbour, in Arabic and Chinese numerals.
    static let lines = [
        "2018年，依法行政。", "2018年5月，法治政府。", "2018年度报告。", "截至2018年", "二〇一八年度计划。",
        "2018 年不算。", "2018，年也不算。", "12018年不算。", "2018年与2018年度都算。",
    ]

    @Test("numeral 2018年: the passages of every neighbour kind, scored and counted as FTS5 evaluates them")
    func numeral() throws {
        let index = try SmallIndex(["a.txt": Self.lines.joined(separator: "\n") + "\n"])
        defer { index.remove() }
        try expectFTS5Evaluation(index)
    }

    @Test("a frequent final character (年 with a phrase list): 2018年 from its joined term, as FTS5 evaluates it")
    func numeralWithFrequentCharacter() throws {
        // 年 in 300 more passages, before every kind of neighbour, so that it gets a list and 2018's 8 passages are few.
        let filler = (0..<300).map { ["今年工作。", "年度计划", "明年5月", "第\($0)年"][$0 % 4] }
        let index = try SmallIndex(["a.txt": (Self.lines + filler).joined(separator: "\n") + "\n"])
        defer { index.remove() }
        try index.database.write("test") { db in try PhraseLists.rebuild(db, threshold: 100) }
        let lines = try index.search("2018年", scope: .passage).map(\.line).sorted()
        #expect(lines == [1, 2, 3, 4, 5, 9])
        try expectFTS5Evaluation(index)
    }

    /// Each query's evaluation through its term's matches equals FTS5's evaluation of its expression.
    private func expectFTS5Evaluation(_ index: SmallIndex) throws {
        for text in ["2018年", "=2018年", "第12条", "法"] {
            let query = try QueryParser.parse(text, scope: .passage)
            let (planned, evaluated, fts5, counted, expected) = try index.database.read("test") { db in
                let plan = try QueryPlan(db, query: query, count: nil)
                let evaluator = QueryEvaluator(db, plan: plan)
                var fts5: [RankedPassage] = []
                try evaluator.scorer.forEachMatch(of: plan.evaluation) { fts5.append(RankedPassage(id: $0, bm25: $1)) }
                let counted = try MatchCounter(db: db, plan: plan, spans: try DocumentSpans(db)).total().total.passages
                let expected = try Int.fetchOne(db, sql: "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?",
                                                arguments: [query.matchExpression]) ?? -1
                return (plan.termMatches != nil, try evaluator.passages(), fts5, counted, expected)
            }
            #expect(planned, "\(text)")  // none of these terms has a phrase list
            let key = { (passage: RankedPassage) in "\(passage.id) \(passage.bm25)" }
            #expect(evaluated.map(key).sorted() == fts5.map(key).sorted(), "\(text)")
            #expect(counted == expected && evaluated.count == expected, "\(text)")
        }
    }
}
