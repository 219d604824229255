import Foundation
import Testing
@testable import SuoyinCore

/// Every result read a chunk at a time (`--limit 0`) is exactly what one
/// page deep enough to hold them all gives: the same results in the same
/// order with the same copies, counts, context and highlights, and the same
/// totals, whatever the chunk size — a chunk of 1 or 3 ends inside runs of
/// equal scores (copies score alike), which must still order as one sort does.
@Suite("Searcher: every result, streamed a chunk at a time")
struct SearcherEveryResultTests {
    static let queries = ["法", "政府", "依法 行政", "法治 OR 督察", "依法 NEAR/5 行政", "行政 -政府", "2023年"]
    static let options: [SearchOptions] = [
        SearchOptions(limit: 0),
        SearchOptions(limit: 0, allCopies: true),
        SearchOptions(limit: 0, grouping: .documents),
        SearchOptions(limit: 0, sort: .date),
        SearchOptions(limit: 0, sort: .path, allCopies: true),
        SearchOptions(limit: 0, offset: 5),
        SearchOptions(limit: 0, context: 1),
    ]

    @Test("streamed results and totals equal one deep page's", arguments: queries)
    func equalsOnePage(query: String) throws {
        let searcher = Searcher(database: try CorpusIndex.shared(listsCurrent: true).database)
        let parsed = try QueryParser.parse(query)
        for options in Self.options {
            var deep = options
            deep.limit = 2 * Searcher.deepestTop
            let page = try searcher.search(parsed, options: deep)
            for chunkSize in [1, 3, OrderedPassages.chunkSize] {
                var streamed: [SearchResult] = []
                let total = try searcher.everyResult(parsed, filter: SearchFilter(), options: options,
                                                     countingTotals: true, chunkSize: chunkSize) { streamed.append($0) }
                #expect(streamed == page.results, "\(query), \(options), chunks of \(chunkSize)")
                #expect(total == page.total, "\(query), \(options), chunks of \(chunkSize)")
            }
        }
    }

    @Test("the searches above are not empty, and a chunk of 3 ends inside equal scores")
    func nonTrivial() throws {
        let searcher = Searcher(database: try CorpusIndex.shared(listsCurrent: true).database)
        let all = try searcher.search(try QueryParser.parse("法"), options: SearchOptions(limit: 0, allCopies: true))
        #expect(all.results.count == 177)
        let scores = all.results.compactMap(\.score)
        let tiedAcrossChunks = stride(from: 3, to: scores.count, by: 3).contains { scores[$0] == scores[$0 - 1] }
        #expect(tiedAcrossChunks)
        for query in Self.queries {
            #expect(try searcher.count(try QueryParser.parse(query)).passages > 0, "\(query)")
        }
    }

    @Test("with a limit, the page is handed over result by result with its totals")
    func page() throws {
        let searcher = Searcher(database: try CorpusIndex.shared(listsCurrent: true).database)
        let parsed = try QueryParser.parse("政府")
        let options = SearchOptions(limit: 4, offset: 2)
        var handed: [SearchResult] = []
        let total = try searcher.search(parsed, options: options) { handed.append($0) }
        let page = try searcher.search(parsed, options: options)
        #expect(handed == page.results)
        #expect(handed.map(\.rank) == [3, 4, 5, 6])
        #expect(total == page.total)
    }

    @Test("equal scores split between chunks order as one sort does: exact script, then path, not the order of loading",
          arguments: [1, 2, OrderedPassages.chunkSize])
    func tiesAcrossChunks(chunkSize: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try IndexDatabase.openForWriting(at: folder.appendingPathComponent("i.sqlite").path)
        // Loaded z, a, m: ids in that order; the one sort puts the simplified copies first (m before z), then a.
        for (name, text) in [("z.txt", "法治政府建设。\n其他。\n"), ("a.txt", "法治政府建設。\n其他。\n"),
                             ("m.txt", "法治政府建设。\n其他。\n")] {
            let path = folder.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            _ = try Indexer(database: database, report: { _ in }).index([path])
        }
        let searcher = Searcher(database: database)
        let parsed = try QueryParser.parse("法治政府建设")
        var every: [String] = []
        _ = try searcher.everyResult(parsed, filter: SearchFilter(), options: SearchOptions(limit: 0, allCopies: true),
                                     countingTotals: true, chunkSize: chunkSize) { every.append(URL(fileURLWithPath: $0.path).lastPathComponent) }
        #expect(every == ["m.txt", "z.txt", "a.txt"])
        var folded: [SearchResult] = []
        _ = try searcher.everyResult(parsed, filter: SearchFilter(), options: SearchOptions(limit: 0),
                                     countingTotals: true, chunkSize: chunkSize) { folded.append($0) }
        #expect(folded.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["m.txt"])
        #expect(folded.first?.copies?.count == 2)
    }
}
