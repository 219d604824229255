import Foundation
import GRDB
import Testing
@testable import SuoyinCore

/// A footer on every page ties thousands of times: its copies are ordered
/// from their places and exact script alone, and a page that folds copies
/// reads none of the sure ones. Whatever the shortcut, a page is exactly the
/// slice of one deep page (which orders every tie from its record) and of
/// the stream.
@Suite("TieOrder: long runs of equal scores, and the pages that fold them")
struct TieOrderTests {
    static let footer = "本网站由法治政府办公室主办"
    static let traditionalFooter = "本網站由法治政府辦公室主辦"
    /// Folds with the footer (punctuation is left out of a copy key) but is not its bytes.
    static let punctuatedFooter = "本网站，由法治政府办公室主办"

    /// An index of 150 notices: 90 end with the footer, 45 with it in
    /// traditional script, 15 with it punctuated; a few passages hold the
    /// phrase otherwise, and 300 reports hold it in longer passages.
    static func footerIndex() throws -> (IndexDatabase, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-ties-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var paths: [String] = []
        for number in 0..<150 {
            // Loaded in an order that is not the order of paths.
            let name = String(format: "notice-%03d.txt", (number * 37) % 150)
            let footer = number % 10 < 6 ? footer : number % 10 < 9 ? traditionalFooter : punctuatedFooter
            var text = "第\(number)号通知\n关于第\(number)项工作的安排。\n\(footer)\n"
            if number % 50 == 7 { text += "推进法治政府建设，法治政府办公室负责。\n" }
            let path = folder.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        // Longer passages that hold the phrase, scoring below the footer: a page of
        // ten is complete before every match is read, so a footer left out would show.
        for number in 0..<300 {
            let path = folder.appendingPathComponent(String(format: "report-%03d.txt", number)).path
            try "第\(number)次会议讨论了推进法治政府建设的具体安排和工作要求。\n".write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        let database = try IndexDatabase.openForWriting(at: folder.appendingPathComponent("i.sqlite").path)
        _ = try Indexer(database: database, report: { _ in }).index(paths)
        return (database, folder)
    }

    @Test("pages that fold copies are slices of one deep page and of the stream", arguments: [
        "法治政府", "法治政府辦公室", "本网站由法治政府办公室主办", "主辦",
    ])
    func pagesAreSlices(query: String) throws {
        let (database, folder) = try Self.footerIndex()
        defer { try? FileManager.default.removeItem(at: folder) }
        let searcher = Searcher(database: database)
        let parsed = try QueryParser.parse(query)
        for allCopies in [false, true] {
            let deep = try searcher.search(parsed, options: SearchOptions(limit: 2 * Searcher.deepestTop, allCopies: allCopies))
            var streamed: [SearchResult] = []
            _ = try searcher.search(parsed, options: SearchOptions(limit: 0, allCopies: allCopies)) { streamed.append($0) }
            #expect(streamed == deep.results, "\(query), all copies: \(allCopies)")
            for (limit, offset) in [(10, 0), (1, 0), (3, 1), (10, 2), (5, 100)] {
                let page = try searcher.search(parsed, options: SearchOptions(limit: limit, offset: offset, allCopies: allCopies))
                let slice = Array(deep.results.dropFirst(offset).prefix(limit))
                #expect(page.results == slice, "\(query), limit \(limit), offset \(offset), all copies: \(allCopies)")
                #expect(page.total == deep.total)
            }
        }
    }

    @Test("the footer's copies fold into one result, in the script typed, listing the others")
    func footerFolds() throws {
        let (database, folder) = try Self.footerIndex()
        defer { try? FileManager.default.removeItem(at: folder) }
        let searcher = Searcher(database: database)
        // Notice 0 is the first path with the footer, notice 2 the first with it in traditional script.
        for (query, shown, file) in [("本网站由法治政府办公室主办", Self.footer, "notice-000.txt"),
                                     ("本網站由法治政府辦公室主辦", Self.traditionalFooter, "notice-002.txt")] {
            let page = try searcher.search(try QueryParser.parse(query), options: SearchOptions(limit: 10))
            #expect(page.results.map(\.text) == [shown])
            #expect(page.results.first.map { URL(fileURLWithPath: $0.path).lastPathComponent } == file)
            // Punctuated, the footer is still a copy, but the phrase does not match across the comma.
            #expect(page.results.first?.copies?.count == 149)
            #expect(page.total.passages == 135)
        }
    }

    @Test("sure copies are the later ones with the very bytes of an earlier tie; the order is exact script, then path")
    func sureCopies() throws {
        let (database, folder) = try Self.footerIndex()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows = try database.read("ties") { db in
            try Row.fetchAll(db, sql: """
                SELECT p.id, p.text, d.path FROM passages p JOIN documents d ON d.id = p.documentId
                WHERE p.text IN (?, ?, ?)
                """, arguments: [Self.footer, Self.traditionalFooter, Self.punctuatedFooter])
        }
        #expect(rows.count == 150)
        let ties = rows.map { RankedPassage(id: $0["id"], bm25: -1) }
        let text = Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as Int64, $0["text"] as String) })
        let path = Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as Int64, $0["path"] as String) })
        let exact = ExactScript(sources: ["辦公室"])
        let order = try database.read("order") { db in
            try TieOrder(db, ties: ties, exact: exact, findingCopies: true, chunkSize: 7)
        }
        // The traditional copies hold the query as typed: they come first, each group by path.
        let expected = rows.map { $0["id"] as Int64 }.sorted { left, right in
            let (l, r) = (text[left] == Self.traditionalFooter, text[right] == Self.traditionalFooter)
            return l != r ? l : Array(path[left]!.utf8).lexicographicallyPrecedes(Array(path[right]!.utf8))
        }
        #expect(order.passages.map(\.id) == expected)
        // The first of each distinct text is not a sure copy; every later one is.
        let firsts = [Self.footer, Self.traditionalFooter, Self.punctuatedFooter].compactMap { footer in
            expected.first { text[$0] == footer }
        }
        #expect(order.sureCopies == Set(expected).subtracting(firsts))
        #expect(try database.read("plain") { db in
            try TieOrder(db, ties: ties, exact: exact, chunkSize: 512)
        }.sureCopies.isEmpty)
    }
}
