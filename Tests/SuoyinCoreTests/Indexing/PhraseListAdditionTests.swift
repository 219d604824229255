import Foundation
import GRDB
import Testing
@testable import SuoyinCore

/// A batch that only adds documents keeps the phrase lists and dense phrases
/// current: each entry afterwards is the one a recount gives, so searches
/// during a run keep their shortcuts and stay exact.
@Suite("phrase lists kept current by additions", .serialized)
struct PhraseListAdditionTests {
    /// Every stored entry, document count and dense phrase, recounted by brute force.
    private func expectEqualToRecount(_ index: CorpusIndex) throws {
        let brute = try BruteForcePhrases(index)
        for (phrase, df, entry) in try index.storedLists() {
            let query = try #require(QueryPhrase(phrase))
            #expect(df == (try index.fts5Count(query.matchExpression)), "\(phrase)")
            #expect(entry == brute.entry(of: query), "\(phrase)")
        }
        try index.expectDocumentCountsAndDenseFromFTS5()
    }

    @Test("after a batch of new documents, ties among them, each entry equals a recount and the lists stay current")
    func batchEqualsRecount() throws {
        let index = try CorpusIndex()
        defer { index.remove() }
        let report = index.corpus.appendingPathComponent("cixi-2023.txt")
        // The same report twice more: its passages tie with the indexed copy's,
        // and the path decides — before the Corpus for A.txt, after it for Z.txt.
        let before = index.folder.appendingPathComponent("A.txt")
        let after = index.folder.appendingPathComponent("Z.txt")
        try FileManager.default.copyItem(at: report, to: before)
        try FileManager.default.copyItem(at: report, to: after)
        let new = index.folder.appendingPathComponent("new.txt")
        try Data("政府政府政府。\n法治政府建设。\n".utf8).write(to: new)
        let listed = try index.storedLists().map(\.phrase)

        try DocumentWriter(database: index.database).write([try CorpusIndex.load(after.path), try CorpusIndex.load(new.path), try CorpusIndex.load(before.path)])

        #expect(try index.database.read("test") { try PhraseLists.isCurrent($0) })
        #expect(try index.storedLists().map(\.phrase) == listed)
        try expectEqualToRecount(index)
        // The copy before the Corpus took first places in the lists, the new text the shortest.
        let entry = try #require(try index.database.read("test") { try PhraseLists.entry($0, key: Data("政府".utf8)) })
        let firstIds = entry.buckets.map { $0.passages.first!.id }
        let newIds = try index.database.read("test") { db in
            try Int64.fetchAll(db, sql: """
                SELECT p.id FROM passages p JOIN documents d ON d.id = p.documentId WHERE d.path IN (?, ?)
                """, arguments: [before.path, new.path])
        }
        #expect(firstIds.contains { newIds.contains($0) })
        for source in ["政府", "法", "建设", "政府 法治"] {
            let query = try QueryParser.parse(source, scope: .passage)
            #expect(try index.search(query, limit: 10) == Array(try index.fts5Ranking(query).prefix(10)), "\(source)")
        }
    }

    @Test("a run adding a little keeps the counted lists; adding more than an eighth counts them again")
    func recountWhenOutgrown() throws {
        let index = try CorpusIndex()
        defer { index.remove() }
        func countedRows() throws -> String? {
            try index.database.read("test") { db in
                try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'phraseListsRows'")
            }
        }
        let rows = try index.database.read("test") { try IndexTotals($0).rows }
        #expect(try countedRows() == String(rows))

        let small = index.folder.appendingPathComponent("small.txt")
        try Data("政府政府政府。\n".utf8).write(to: small)
        try index.index([small.path])
        #expect(try countedRows() == String(rows))
        try index.expectListsMatchRecount(exact: true)

        // A copy of the Corpus: more than an eighth of the passages counted.
        let copies = index.folder.appendingPathComponent("copies")
        try FileManager.default.copyItem(at: index.corpus, to: copies)
        try index.index([copies.path])
        let grown = try index.database.read("test") { try IndexTotals($0).rows }
        #expect(grown > rows + rows / 8)
        #expect(try countedRows() == String(grown))
        try index.expectListsMatchRecount(exact: true)
    }
}
