import Foundation
import GRDB
import Testing
@testable import SuoyinCore

/// Ties at the last place are broken as results are ordered — path bytewise
/// in UTF-8, then line and column — even when the phrase lists hold only
/// some of the tied passages and the paths are Chinese.
///
/// Twenty passages `政府政府政府。`, ten in `docs/国.txt` and ten in
/// `docs/法.txt`, are added to the Corpus: they tie for first place in a
/// query for 政府, and the frequency-3 bucket of 政府 keeps 16 of the 28
/// passages with that frequency. In UTF-8 国 (E5 9B BD) comes before
/// 法 (E6 B3 95); in UTF-16LE bytes, SQLite's BINARY order in this UTF-16le
/// database, 法 (D5 6C) comes before 国 (FD 56).
@Suite("Ranker ties across Chinese file names")
struct RankerTieTests {
    /// Built once, on first use, and only read by the tests.
    private static let withTies = Result { try makeCorpusWithTies() }

    private static func corpusWithTies() throws -> CorpusIndex { try withTies.get() }

    private static func makeCorpusWithTies() throws -> CorpusIndex {
        let index = try CorpusIndex()
        atexit { try? RankerTieTests.withTies.get().remove() }
        let docs = index.folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        for name in ["国.txt", "法.txt"] {
            try Data(String(repeating: "政府政府政府。\n", count: 10).utf8).write(to: docs.appendingPathComponent(name))
        }
        try index.index([docs.path])
        return index
    }

    @Test("FTS5's ranking puts the ten of 国.txt first, then the ten of 法.txt")
    func fts5Order() throws {
        let index = try Self.corpusWithTies()
        let expected = try index.fts5Ranking(QueryParser.parse("政府", scope: .passage))
        #expect(expected.prefix(20).map { String($0.citation.split(separator: "/").last!) } ==
            (1...10).map { "国.txt:\($0):1" } + (1...10).map { "法.txt:\($0):1" })
        #expect(Set(expected.prefix(20).map(\.score)).count == 1)
        #expect(expected[20].score < expected[19].score)
    }

    @Test("the top results of a tied query are FTS5's, whatever the limit",
          arguments: ["政府", "政府 -法治", "政府 OR 督察", "政府 OR 法治"])
    func pages(query: String) throws {
        let index = try Self.corpusWithTies()
        let parsed = try QueryParser.parse(query, scope: .passage)
        let expected = try index.fts5Ranking(parsed)
        // Up to 6 the bucket's kept passages suffice; from 7 on the order inside the bucket decides.
        for limit in [1, 6, 7, 10, 16, 17] {
            #expect(try index.search(parsed, limit: limit) == Array(expected.prefix(limit)), "limit \(limit)")
        }
    }

    @Test("the cut bucket keeps the tied passages that come first in result order: 国.txt's ten, then 法.txt's first six")
    func bucketOrder() throws {
        let index = try Self.corpusWithTies()
        let entry = try index.database.read("test") { try PhraseLists.entry($0, key: Data("政府".utf8)) }
        let bucket = try #require(entry?.buckets.first { $0.frequency == 3 })
        #expect(bucket.total == 28)
        let places = try index.places()
        #expect(bucket.passages.map { String(places[$0.id]!.citation.split(separator: "/").last!) } ==
            (1...10).map { "国.txt:\($0):1" } + (1...6).map { "法.txt:\($0):1" })
        #expect(entry == (try BruteForcePhrases(index).entry(of: QueryPhrase("政府")!)))
    }
}
