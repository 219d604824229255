import Foundation
import GRDB
import Testing
@testable import SuoyinCore

/// A batch that removes or replaces documents keeps the phrase lists and
/// dense phrases current without counting every passage again: each bucket
/// keeps a prefix of what a recount would keep, every count is exact, and
/// searches rank as FTS5 does.
@Suite("phrase lists kept current by removals", .serialized)
struct PhraseListRemovalTests {
    private func isCurrent(_ index: CorpusIndex) throws -> Bool {
        try index.database.read("test") { try PhraseLists.isCurrent($0) }
    }

    private func countedRows(_ index: CorpusIndex) throws -> String? {
        try index.database.read("test") { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'phraseListsRows'")
        }
    }

    private func expectRankingOfFTS5(_ index: CorpusIndex) throws {
        for source in ["政府", "法", "建设", "政府 法治", "政府 -建设", "法治 OR 督察"] {
            let query = try QueryParser.parse(source, scope: .passage)
            #expect(try index.search(query, limit: 10) == Array(try index.fts5Ranking(query).prefix(10)), "\(source)")
            #expect(try index.search(query, limit: 16) == Array(try index.fts5Ranking(query).prefix(16)), "\(source)")
        }
    }

    @Test("replacing a document whose passages came first in the lists keeps them current, exact, and ranking as FTS5")
    func replacementKeepsListsCurrent() throws {
        let index = try CorpusIndex()
        defer { index.remove() }
        let rows = try countedRows(index)
        // A copy of a report before the Corpus in path order: its passages tie with the indexed
        // copy's and come first, so replacing it takes passages out of the lists' first places.
        let copy = index.folder.appendingPathComponent("A.txt")
        try FileManager.default.copyItem(at: index.corpus.appendingPathComponent("cixi-2023.txt"), to: copy)
        let writer = try DocumentWriter(database: index.database)
        try writer.write([try CorpusIndex.load(copy.path)])
        let firstIds = try index.database.read("test") { db in
            try Int64.fetchAll(db, sql: """
                SELECT p.id FROM passages p JOIN documents d ON d.id = p.documentId WHERE d.path = ?
                """, arguments: [copy.path])
        }
        let entry = try #require(try index.database.read("test") { try PhraseLists.entry($0, key: Data("政府".utf8)) })
        #expect(entry.buckets.contains { bucket in bucket.passages.contains { firstIds.contains($0.id) } })

        try Data("政府政府政府。\n法治政府建设。\n".utf8).write(to: copy)
        try writer.write([try CorpusIndex.load(copy.path)])

        #expect(try isCurrent(index))
        #expect(try countedRows(index) == rows)
        // The new version's passages may take the old ones' ids (they were the last): the lists name only
        // passages of the index, in the recount's order.
        let after = try #require(try index.database.read("test") { try PhraseLists.entry($0, key: Data("政府".utf8)) })
        let kept = after.buckets.flatMap { $0.passages.map(\.id) }
        #expect(try index.database.read("test") { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM passages WHERE id IN (SELECT value FROM json_each(?))",
                             arguments: ["[" + kept.map(String.init).joined(separator: ",") + "]"])
        } == Set(kept).count)
        try index.expectListsMatchRecount(exact: false)
        try expectRankingOfFTS5(index)

        // A batch added after, its passages after the Corpus's in path order: a shortened bucket must
        // take only those that come before its last kept passage, not fill up with later ones.
        let more = index.folder.appendingPathComponent("Z.txt")
        try FileManager.default.copyItem(at: index.corpus.appendingPathComponent("cixi-2023.txt"), to: more)
        try writer.write([try CorpusIndex.load(more.path)])
        #expect(try isCurrent(index))
        try index.expectListsMatchRecount(exact: false)
        try expectRankingOfFTS5(index)
    }

    @Test("removing documents (files gone) keeps the lists current and exact")
    func removalKeepsListsCurrent() throws {
        let index = try CorpusIndex()
        defer { index.remove() }
        let gone = index.corpus.appendingPathComponent("cixi-2023.txt")
        try DocumentWriter(database: index.database).remove([gone.path])
        #expect(try isCurrent(index))
        try index.expectListsMatchRecount(exact: false)
        try expectRankingOfFTS5(index)
        // A run over the folder afterwards, without the file, leaves them current too.
        try FileManager.default.removeItem(at: gone)
        try index.index([index.corpus.path])
        #expect(try isCurrent(index))
        try index.expectListsMatchRecount(exact: false)
    }

    @Test("a bucket left with none of the passages it kept while others remain makes the lists stale; the run counts them again")
    func emptiedBucketMakesStale() throws {
        let index = try CorpusIndex()
        defer { index.remove() }
        // Sixteen passages of one character each, before the Corpus: the first sixteen of 政's bucket
        // of one occurrence, shorter than any other passage with it.
        let short = index.folder.appendingPathComponent("A.txt")
        try Data(String(repeating: "政。\n\n", count: 16).utf8).write(to: short)
        let writer = try DocumentWriter(database: index.database)
        try writer.write([try CorpusIndex.load(short.path)])
        let entry = try #require(try index.database.read("test") { try PhraseLists.entry($0, key: Data("政".utf8)) })
        let once = try #require(entry.buckets.first { $0.frequency == 1 })
        #expect(once.isCut)
        let shortIds = try index.database.read("test") { db in
            try Set(Int64.fetchAll(db, sql: """
                SELECT p.id FROM passages p JOIN documents d ON d.id = p.documentId WHERE d.path = ?
                """, arguments: [short.path]))
        }
        #expect(once.passages.allSatisfy { shortIds.contains($0.id) })

        try expectStaleThenRecounted(removing: short, writer: writer, index)
    }

    @Test("removing more passages than are counted in one batch makes the lists stale; the run counts them again")
    func largeRemovalMakesStale() throws {
        let index = try CorpusIndex()
        defer { index.remove() }
        let large = index.folder.appendingPathComponent("large.txt")
        let lines = (0...PhraseListRemoval.largestCounted).map { "第\($0)条 政府依法行政。\n\n" }.joined()
        try Data(lines.utf8).write(to: large)
        let writer = try DocumentWriter(database: index.database)
        try writer.write([try CorpusIndex.load(large.path)])
        #expect(try isCurrent(index))
        try expectStaleThenRecounted(removing: large, writer: writer, index)
    }

    /// Removes `file`'s document with `writer`: the lists go stale, and a run over the Corpus counts them again, exactly.
    private func expectStaleThenRecounted(removing file: URL, writer: DocumentWriter, _ index: CorpusIndex) throws {
        try writer.remove([file.path])
        #expect(try !isCurrent(index))
        try index.index([index.corpus.path])
        #expect(try isCurrent(index))
        try index.expectListsMatchRecount(exact: false)
    }
}
