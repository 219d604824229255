import Foundation
import GRDB
import Testing
@testable import SuoyinCore

/// What a ``QueryPlan`` decides for each shape of query, on the Corpus with
/// phrase lists of every phrase in at least 3 passages: which strategy, which
/// group FTS5 steps through first, and that a search reads the lists' state once.
@Suite("query plan")
struct QueryPlanTests {
    /// The strategy in a word: list (one phrase), excluding, `OR` with each side, or fts5.
    private static func shape(_ plan: QueryPlan) -> String {
        switch plan.strategy {
        case .listedPhrase: return "list"
        case .listedPhraseExcluding: return "excluding"
        case .listedAlternatives(let first, let second, _):
            return "or(" + [first, second].map { if case .listed = $0 { "list" } else { "all" } }.joined(separator: ", ") + ")"
        case .fts5: return "fts5"
        case .scoped(let scope): return "within \(scope.rawValue)"
        }
    }

    @Test("each query shape gets its strategy; stale lists, a filter, a deep page or every match get FTS5")
    func strategies() throws {
        let index = try CorpusIndex()
        defer { index.remove() }
        let filter = try SearchFilter(pathPatterns: ["*/cixi-*"], since: nil, until: nil)
        let cases: [(query: String, count: Int?, filter: SearchFilter, shape: String)] = [
            ("法", 10, SearchFilter(), "list"),                   // one character, listed
            ("法治政府", 16, SearchFilter(), "list"),            // a chain of bigrams, at the lists' depth
            ("法治 -政府", 10, SearchFilter(), "excluding"),
            ("法治 OR 建設", 10, SearchFilter(), "or(list, list)"),
            ("督察 OR 法治", 10, SearchFilter(), "or(all, list)"), // 督察 is in fewer than 3 passages: no list
            ("督察", 10, SearchFilter(), "fts5"),                // no list
            ("法治 督察", 10, SearchFilter(), "fts5"),           // AND
            ("法治 OR 建設 OR 政府", 10, SearchFilter(), "fts5"), // three alternatives
            ("法治 OR 建設 -政府", 10, SearchFilter(), "fts5"),   // alternatives minus a phrase
            ("法", 17, SearchFilter(), "fts5"),                  // deeper than the lists
            ("法", nil, SearchFilter(), "fts5"),                 // every match
            ("法", 10, filter, "fts5"),                          // a filter
        ]
        let shapes = try index.database.read("test") { db in
            try cases.map { try Self.shape(QueryPlan(db, query: QueryParser.parse($0.query, scope: .passage), count: $0.count, filter: $0.filter)) }
        }
        #expect(shapes == cases.map(\.shape))

        try index.invalidateLists()
        let stale = try index.database.read("test") { db in
            try ["法", "法治 -政府", "法治 OR 建設"].map { try Self.shape(QueryPlan(db, query: QueryParser.parse($0, scope: .passage), count: 10)) }
        }
        #expect(stale == ["fts5", "fts5", "fts5"])
    }

    @Test("FTS5 steps through the rarest group first; scores keep the query's order; exclusions come last")
    func rarestFirst() throws {
        let index = try CorpusIndex()
        defer { index.remove() }
        // Stale lists: no dense phrases, so both groups go to FTS5.
        try index.invalidateLists()
        let plan = try index.database.read("test") { db in
            try QueryPlan(db, query: QueryParser.parse("政府 督察 -复议", scope: .passage), count: 10)
        }
        #expect(plan.phrases.map(\.documentFrequency) ==
                [try index.fts5Count("\"政府\""), try index.fts5Count("\"督察\""), nil])
        #expect(plan.phrases[0].documentFrequency! > plan.phrases[1].documentFrequency!)
        #expect(plan.evaluation.expression == "(\"督察\" AND \"政府\") NOT (\"复议\")")
        #expect(plan.evaluation.terms.map(\.phrase) == [0, 1, 2])
        #expect(plan.evaluation.terms.map { if case .slots(let slots) = $0.source { slots[0] } else { -1 } } == [1, 0, 2])
        #expect(plan.evaluation.terms.map(\.idf) == [plan.phrases[0].idf, plan.phrases[1].idf, 0])
    }

    @Test("a search reads whether the phrase lists are current once, whatever its shape",
          arguments: ["法", "法治 -政府", "法治 OR 建設", "督察 OR 法治", "法治 督察", "法 政府 -督察"])
    func listsStateReadOnce(query: String) throws {
        let index = try CorpusIndex()
        defer { index.remove() }
        let statements = StatementLog()
        index.database.queue.inDatabase { db in db.trace { statements.add("\($0)") } }
        _ = try index.search(QueryParser.parse(query, scope: .passage), limit: 10)
        #expect(statements.count { $0.contains("key = 'phraseLists'") } == 1)
    }

    @Test("the description names the strategy and each phrase with its group, df, idf and list")
    func description() throws {
        let index = try CorpusIndex()
        defer { index.remove() }
        let plan = try index.database.read("test") { db in
            try QueryPlan(db, query: QueryParser.parse("法治 OR 督察", scope: .passage), count: 10)
        }
        let lines = plan.description.split(separator: "\n").map(String.init)
        let 法治 = plan.phrases[0]
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("plan for 法治 OR 督察 (top 10; "))
        #expect(lines[0].hasSuffix("phrase lists current)"))
        #expect(lines[1] == "  1. 法治  group 1  df \(法治.documentFrequency!)  idf \(String(format: "%.4f", 法治.idf))  "
                + "list of \(法治.list!.buckets.count) buckets")
        #expect(lines[2].hasPrefix("  2. 督察  group 1  df \(try index.fts5Count("\"督察\""))  idf "))
        #expect(lines[2].hasSuffix("no list (counted by FTS5)"))
        #expect(lines[3].hasPrefix("strategy: A OR B from the lists: 法治 from its list; every match of \"督察\""))
        #expect(lines[4] == "otherwise FTS5: (\"法治\" OR \"督察\")  [法治 slot 0, 督察 slot 1]")
    }
}

/// The SQL a connection ran, collected from GRDB's trace (which may call from the connection's queue).
private final class StatementLog: @unchecked Sendable {
    private let lock = NSLock()
    private var statements: [String] = []

    func add(_ statement: String) {
        lock.lock()
        statements.append(statement)
        lock.unlock()
    }

    func count(where matches: (String) -> Bool) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return statements.filter(matches).count
    }
}
