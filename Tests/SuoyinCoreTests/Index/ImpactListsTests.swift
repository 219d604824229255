import Foundation
import Testing
@testable import SuoyinCore

/// The impact lists give exactly FTS5's own ranking for one-term queries.
@Suite("impact lists", .serialized)
struct ImpactListsTests {
    /// The Corpus indexed with impact lists for terms in at least 3 passages.
    private static func corpusIndex() throws -> (IndexDatabase, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-impacts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var corpus = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: corpus.appendingPathComponent("Corpus").path) {
            corpus.deleteLastPathComponent()
        }
        let database = try IndexDatabase.openForWriting(at: folder.appendingPathComponent("i.sqlite").path)
        _ = try Indexer(database: database, impactThreshold: 3, report: { _ in })
            .index([corpus.appendingPathComponent("Corpus").path])
        return (database, folder)
    }

    /// Citations and scores of the top ten.
    private static func top(_ database: IndexDatabase, _ query: String, limit: Int) throws -> [String] {
        try Searcher(database: database).search(try QueryParser.parse(query), limit: limit).prefix(10)
            .map { "\($0.citation) \($0.score!)" }
    }

    @Test("one-term queries: the lists' top ten equals FTS5's exhaustive ranking, scores and all",
          arguments: ["的", "法", "黨", "政府", "法治", "建設", "2022", "工作", "依", "于"])
    func sameAsExhaustive(query: String) throws {
        let (database, folder) = try Self.corpusIndex()
        defer { try? FileManager.default.removeItem(at: folder) }
        let parsed = try QueryParser.parse(query)
        let usesLists = try database.read("test") { db -> Bool in
            try ImpactRanking.candidates(db, query: parsed, count: 10) != nil
        }
        #expect(usesLists, "'\(query)' should be answered from the lists")
        // A limit beyond the lists' depth makes the searcher rank with FTS5.
        #expect(try Self.top(database, query, limit: 10) == Self.top(database, query, limit: 11))
    }

    @Test("writing documents makes the lists stale until the indexer rebuilds them")
    func staleness() throws {
        let (database, folder) = try Self.corpusIndex()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try database.read("test") { try ImpactLists.statistics($0) } != nil)
        try database.write("test") { try ImpactLists.invalidate($0) }
        let government = try QueryParser.parse("政府")
        let answered = try database.read("test") { db -> Bool in
            try ImpactRanking.candidates(db, query: government, count: 10) != nil
        }
        #expect(!answered)
        let extra = folder.appendingPathComponent("extra.txt")
        try Data("政府政府政府。\n".utf8).write(to: extra)
        _ = try Indexer(database: database, impactThreshold: 3, report: { _ in }).index([extra.path])
        #expect(try database.read("test") { try ImpactLists.statistics($0) } != nil)
        #expect(try Self.top(database, "政府", limit: 10) == Self.top(database, "政府", limit: 11))
        #expect(try Self.top(database, "政府", limit: 10).first?.hasPrefix(extra.path) == true)
    }

    @Test("multi-term queries and deep pages are not answered from the lists")
    func notAnswered() throws {
        let (database, folder) = try Self.corpusIndex()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(String, Int)] = [("法治政府", 10), ("法治 政府", 10), ("政府 -法治", 10), ("政府", 11)]
        for (query, count) in cases {
            let parsed = try QueryParser.parse(query)
            let answered = try database.read("test") { db -> Bool in
                try ImpactRanking.candidates(db, query: parsed, count: count) != nil
            }
            #expect(!answered, "'\(query)' with \(count)")
        }
    }
}
