import Foundation
import GRDB
import Testing
@testable import SuoyinCore

/// The searcher's ranking is FTS5's own: the same passages in the same order
/// as `bm25(passages_fts)` ranks them (ties by path, line and column), with
/// `score == -bm25` to the last bit — whether the phrase lists answer the
/// query, help with its weights, or are stale and ignored.
@Suite("Ranker equals FTS5's bm25")
struct RankerTests {
    /// One query of each shape the ranker treats differently.
    static let queries = [
        "法", "黨", "的",                   // one character: a prefix query, answered from its list
        "政府", "建設",                      // bigrams (建設 folds to 建设)
        "法治政府", "政府建设",              // chains of bigrams
        "依法治國",                          // traditional script, folded
        "党委，政府",                        // punctuation inside, matching 黨委、政府 too: no list
        "2022", "2022年",                    // a word; a word and a prefix character
        "=18个", "至2022年",                  // the character after a word: the joined term, FTS5's sizes without it
        "法治 督察",                         // AND
        "督察 OR 复议",                      // OR, one side without a list
        "法治 OR 建設",                      // OR, both sides with lists
        "法治 -政府",                        // NOT: the excluded phrase weighs nothing
        "的 -政府 -法治",                    // a character minus two phrases
        "法治 政府 建设 工作 推进",          // five phrases: counts come back as a blob
        "法 OR 政府 OR 建设 OR 工作 OR 推进 OR 督察", // six alternatives, blob too
        "政府 政府",                         // the same phrase twice counts twice
        "量子纠缠",                          // no match at all
    ]

    /// Whether the index's phrase lists describe it, or were marked stale.
    enum Lists: String, CustomTestStringConvertible, CaseIterable {
        case current, stale
        var testDescription: String { rawValue }
    }

    private static func corpus(_ lists: Lists) throws -> CorpusIndex {
        let index = try CorpusIndex.shared(listsCurrent: lists == .current)
        let current = try index.database.read("test") { try PhraseLists.isCurrent($0) }
        #expect(current == (lists == .current))
        return index
    }

    @Test("the top ten, every match (limit 0) and every page are FTS5's, scores bit for bit",
          arguments: queries, Lists.allCases)
    func sameAsFTS5(query: String, lists: Lists) throws {
        let index = try Self.corpus(lists)
        let parsed = try QueryParser.parse(query, scope: .passage)
        let expected = try index.fts5Ranking(parsed)
        #expect(expected.isEmpty == (query == "量子纠缠"))

        #expect(try index.search(parsed, limit: 10) == Array(expected.prefix(10)), "top ten")
        let all = try index.search(parsed, limit: 0)
        #expect(all.count == (try index.fts5Count(parsed.matchExpression)), "count(*)")
        #expect(all == expected, "every match")
        // Pages within the lists' depth of 16, across it, and beyond the last match.
        for (offset, limit) in [(0, 1), (0, 16), (0, 17), (3, 7), (10, 10), (15, 2), (40, 25), (190, 10), (500, 10)] {
            let slice = Array(expected.dropFirst(offset).prefix(limit))
            #expect(try index.search(parsed, limit: limit, offset: offset) == slice, "offset \(offset), limit \(limit)")
        }
    }

    @Test("a path filter gives FTS5's ranking restricted to the matching documents",
          arguments: ["法", "政府", "法治政府", "督察 OR 复议", "法治 -政府", "法 OR 政府 OR 建设 OR 工作 OR 推进 OR 督察"])
    func pathFilter(query: String) throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let parsed = try QueryParser.parse(query, scope: .passage)
        let filter = try SearchFilter(pathPatterns: ["*/xishan-2022.txt", "*/cixi-*"], since: nil, until: nil)
        let expected = try index.fts5Ranking(parsed).filter {
            $0.citation.contains("/xishan-2022.txt:") || $0.citation.contains("/cixi-2023.txt:")
        }
        #expect(!expected.isEmpty)
        #expect(try index.search(parsed, filter: filter, limit: 0) == expected)
        #expect(try index.search(parsed, filter: filter, limit: 10) == Array(expected.prefix(10)))
        #expect(try index.search(parsed, filter: filter, limit: 5, offset: 5) == Array(expected.dropFirst(5).prefix(5)))
    }

    @Test("the table covers first phrases with lists and without")
    func whichQueriesHaveLists() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let withList = try index.database.read("test") { db in
            try Self.queries.filter { query in
                let phrase = try QueryParser.parse(query, scope: .passage).groups[0][0]
                return try PhraseLists.key(of: phrase).flatMap { try PhraseLists.entry(db, key: $0) } != nil
            }
        }
        // The first phrase of each query; 督察 is in fewer than 3 passages, 量子纠缠 in none.
        #expect(withList == [
            "法", "黨", "的", "政府", "建設", "法治政府", "政府建设", "依法治國",
            "法治 督察", "法治 OR 建設", "法治 -政府", "的 -政府 -法治", "法治 政府 建设 工作 推进",
            "法 OR 政府 OR 建设 OR 工作 OR 推进 OR 督察", "政府 政府",
        ])
    }

    @Test("the evaluator's own top and all agree with FTS5 on scores by passage")
    func rankerByPassage() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        for query in ["法", "政府", "法治 -政府", "法 OR 政府 OR 建设 OR 工作 OR 推进 OR 督察"] {
            let parsed = try QueryParser.parse(query, scope: .passage)
            try index.database.read("test") { db in
                let fts5 = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
                    SELECT rowid, bm25(passages_fts) FROM passages_fts WHERE passages_fts MATCH ?
                    """, arguments: [parsed.matchExpression]).map { ($0[0] as Int64, $0[1] as Double) })
                let all = try QueryEvaluator(db, plan: QueryPlan(db, query: parsed, count: nil)).passages()
                #expect(Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0.bm25) }) == fts5, "\(query)")
                // The top 3 keeps every passage scoring at most the third best.
                let bar = fts5.values.sorted()[2]
                let top = try QueryEvaluator(db, plan: QueryPlan(db, query: parsed, count: 3)).passages()
                #expect(Set(top.map(\.id)) == Set(fts5.filter { $0.value <= bar }.keys), "\(query)")
            }
        }
    }
}
