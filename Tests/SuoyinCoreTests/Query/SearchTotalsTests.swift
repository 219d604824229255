import Foundation
import GRDB
import Testing
@testable import SuoyinCore

/// Totals (``MatchCounter``) against SQLite counting FTS5's own matches:
/// every passage the query matches and the distinct documents they are in,
/// with the phrase lists current (counts from the lists, dense phrases from
/// memory) or stale, with and without a filter. Queries are read `--within
/// passage`, where FTS5's matches are the answer (other scopes: ``ScopedTotalsTests``).
@Suite("Search totals")
struct SearchTotalsTests {
    static let queries = ["法治", "政府", "法", "黨", "法治 督察", "督察 OR 复议", "法治 -政府", "2022年", "量子计算机"]

    /// SQLite's count of FTS5's matches of `query` in the documents `filter` lets through.
    private func expected(_ index: CorpusIndex, _ query: String, filter: SearchFilter = SearchFilter()) throws -> SearchTotal {
        let parsed = try QueryParser.parse(query, scope: .passage)
        return try index.database.read("test") { db in
            let condition = filter.sql.map { " AND " + $0.condition } ?? ""
            let row = try Row.fetchOne(db, sql: """
                SELECT count(*), count(DISTINCT p.documentId) FROM passages_fts f
                JOIN passages p ON p.id = f.rowid JOIN documents d ON d.id = p.documentId
                WHERE passages_fts MATCH ?\(condition)
                """, arguments: StatementArguments([parsed.matchExpression] + (filter.sql?.arguments ?? [])))!
            return SearchTotal(passages: row[0], documents: row[1])
        }
    }

    @Test("totals equal SQLite's count of FTS5's matches, lists current or stale",
          arguments: queries, [true, false])
    func totals(query: String, listsCurrent: Bool) throws {
        let index = try CorpusIndex.shared(listsCurrent: listsCurrent)
        let total = try Searcher(database: index.database).count(try QueryParser.parse(query, scope: .passage))
        #expect(total == (try expected(index, query)))
    }

    @Test("a filter's totals count only its documents", arguments: queries)
    func filtered(query: String) throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let filter = try SearchFilter(pathPatterns: ["*/cixi-*", "*/xishan-*"], since: nil, until: nil)
        let total = try Searcher(database: index.database).count(try QueryParser.parse(query, scope: .passage), filter: filter)
        #expect(total == (try expected(index, query, filter: filter)))
    }

    @Test("a search's response carries the same totals as count, whatever the page")
    func responseTotals() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let searcher = Searcher(database: index.database)
        let query = try QueryParser.parse("法治")
        for options in [SearchOptions(limit: 3), SearchOptions(limit: 2, offset: 1000), SearchOptions(grouping: .documents)] {
            #expect(try searcher.search(query, options: options).total == (try expected(index, "法治")))
        }
        // Past the end: nothing on the page, the totals still say what matched.
        #expect(try searcher.search(query, options: SearchOptions(limit: 2, offset: 1000)).results.isEmpty)
    }

    @Test("法治 is dense in the corpus, so its totals come from memory")
    func denseCase() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let dense = try index.database.read("test") { try DensePhrases.frequencies($0, of: QueryPhrase("法治")!) }
        #expect(dense != nil)
    }
}

/// Totals of queries whose matches FTS5 cannot tell alone — terms that must
/// stand in one paragraph or document, a `NEAR` checked on the text — equal
/// the number of results a page of every match holds, and their documents.
@Suite("Search totals beyond FTS5's matches")
struct ScopedTotalsTests {
    @Test("totals equal every result's count and documents",
          arguments: ["法治 督察", "法治 -政府", "依法 NEAR/10 行政", "法治 NEAR/3 政府", "督察 OR (复议 AND 法治)"],
          SearchScope.allCases)
    func scoped(query: String, scope: SearchScope) throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let parsed = try QueryParser.parse(query, scope: scope)
        let searcher = Searcher(database: index.database)
        let every = try searcher.search(parsed, options: SearchOptions(limit: 0, allCopies: true)).results
        // Every report mentions 政府 somewhere: within a document, 法治 -政府 finds none.
        #expect(every.isEmpty == (query == "法治 -政府" && scope == .document))
        let expected = SearchTotal(passages: every.count, documents: Set(every.map(\.path)).count)
        #expect(try searcher.count(parsed) == expected)
        // A page's totals, counted from the matches it ranked or sorted.
        for options in [SearchOptions(limit: 3), SearchOptions(limit: 2, grouping: .documents), SearchOptions(sort: .date)] {
            #expect(try searcher.search(parsed, options: options).total == expected)
        }
    }
}
