import Foundation
import Testing
import SuoyinCore

/// Three notices: one issued as 粤府〔2022〕3号 (stating it once, in its head),
/// one that cites it, once on a line of its own (a tie with the issuing notice's
/// number line, which BM25 breaks by path: `citing.txt` first), one with another number.
@Suite("a query that is a document number")
struct DocumentNumberPinningTests {
    static let files = [
        "issued.txt": "广东省人民政府文件\n\n粤府〔2022〕3号\n\n广东省人民政府关于加强某某工作的通知\n各地级以上市人民政府：\n现就加强某某工作通知如下。\n",
        "citing.txt": "某某市人民政府关于贯彻落实的通知\n穗府〔2023〕9号\n为贯彻粤府〔2022〕3号，落实粤府〔2022〕3号要求。\n粤府〔2022〕3号\n",
        "other.txt": "某某县人民政府关于某事的通知\n\n县府〔2022〕3号\n\n某事通知如下。\n",
    ]

    /// The results of `query` with `filter` on an index of ``files``.
    private func search(_ query: String, filter: SearchFilter = SearchFilter(), limit: Int = 10) throws -> [SearchResult] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-numbers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let docs = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        for (name, text) in Self.files { try Data(text.utf8).write(to: docs.appendingPathComponent(name)) }
        let indexPath = folder.appendingPathComponent("i.sqlite").path
        _ = try Indexer(database: try IndexDatabase.openForWriting(at: indexPath), report: { _ in }).index([docs.path])
        return try Searcher(database: try IndexDatabase.open(at: indexPath))
            .search(try QueryParser.parse(query, scope: .passage), filter: filter, limit: limit)
    }

    @Test("the document with that number comes first, whatever BM25 says of others that cite it")
    func issuedFirst() throws {
        let results = try search("粤府[2022]3号")
        #expect(results.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["issued.txt", "citing.txt", "citing.txt"])
        #expect(results[0].number == "粤府〔2022〕3号")
        #expect(results[0].line == 3)
        #expect(results.map(\.rank) == [1, 2, 3])
        #expect(results[0].score! >= results[1].score!)
        #expect(results[1].number == "穗府〔2023〕9号")
    }

    @Test("without pinning, the citing notice would rank first")
    func citingRanksHigherByBM25() throws {
        // An exclusion (of a phrase neither has) makes the query more than a number: plain BM25 order.
        let results = try search("粤府[2022]3号 -某事")
        #expect(results.first.map { URL(fileURLWithPath: $0.path).lastPathComponent } == "citing.txt")
    }

    @Test("--number keeps documents whose number contains the text, folded")
    func numberFilter() throws {
        let filter = try SearchFilter(pathPatterns: [], since: nil, until: nil, numbers: ["府［2022］"])
        let results = try search("通知", filter: filter, limit: 0)
        #expect(Set(results.map { URL(fileURLWithPath: $0.path).lastPathComponent }) == ["issued.txt", "other.txt"])
        #expect(throws: SuoyinError.emptyFilter(option: "--number")) {
            try SearchFilter(pathPatterns: [], since: nil, until: nil, numbers: [" "])
        }
    }
}
