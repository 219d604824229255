import Foundation
import Testing
@testable import SuoyinCore

/// Copies of one passage in several documents (``DuplicateKey``,
/// ``CopyFinder``) and the exact-script tie-break (``ExactScript``), on a
/// small corpus written by the test: a notice reposted on three sites —
/// `a-site.txt` in simplified script, `b-site.txt` in traditional script,
/// `c-site.txt` with ASCII punctuation and extra spaces — beside two other
/// passages about 安全生产. The three copies score the same, and the
/// simplified one's path sorts first.
@Suite("Copies and exact script")
struct CopiesTests {
    static let simplified = "关于做好春节期间安全生产工作的通知，各镇街道要加强值班值守，确保群众过一个欢乐祥和的节日。"
    static let traditional = "關於做好春節期間安全生產工作的通知，各鎮街道要加強值班值守，確保群眾過一個歡樂祥和的節日。"
    static let punctuated = "关于做好春节期间安全生产工作的通知, 各镇街道要加强值班值守 ,确保群众过一个欢乐祥和的节日."

    private static let built = Result { try makeIndex() }

    private static func makeIndex() throws -> (folder: URL, database: IndexDatabase) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-copies-\(UUID().uuidString)")
        let docs = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        let files = [
            "a-site.txt": "春节通知\n\(simplified)\n安全生产责任制要落实到人，安全生产检查每月一次。\n",
            "b-site.txt": "春節通知\n\(traditional)\n",
            "c-site.txt": "春节通知\n\(punctuated)\n",
            "d-other.txt": "会议纪要\n全区安全生产形势总体平稳。\n",
        ]
        for (name, text) in files { try Data(text.utf8).write(to: docs.appendingPathComponent(name)) }
        let database = try IndexDatabase.openForWriting(at: folder.appendingPathComponent("i.sqlite").path)
        _ = try Indexer(database: database, phraseThreshold: 2, report: { _ in }).index([docs.path])
        atexit { try? FileManager.default.removeItem(at: try CopiesTests.built.get().folder) }
        return (folder, database)
    }

    private func search(_ query: String, _ options: SearchOptions) throws -> SearchResponse {
        try Searcher(database: try Self.built.get().database).search(try QueryParser.parse(query), options: options)
    }

    private func name(_ citation: String) -> String { String(citation.split(separator: "/").last!) }

    @Test("the three copies have one key; a different passage does not")
    func keys() {
        #expect(DuplicateKey(Self.simplified) == DuplicateKey(Self.traditional))
        #expect(DuplicateKey(Self.simplified) == DuplicateKey(Self.punctuated))
        #expect(DuplicateKey(Self.simplified) != DuplicateKey("全区安全生产形势总体平稳。"))
    }

    @Test("a notice in three documents is one result, its copies listed, best first")
    func folded() throws {
        let response = try search("安全生产", SearchOptions(limit: 0))
        let notice = try #require(response.results.first { $0.text == Self.simplified })
        #expect(notice.copies?.map(name) == ["b-site.txt:2:1", "c-site.txt:2:1"])
        #expect(response.results.filter { DuplicateKey($0.text) == DuplicateKey(Self.simplified) }.count == 1)
        #expect(response.results.count == 3)
        #expect(response.results.allSatisfy { $0.copies != nil })
        // Totals count every matching passage, copies included.
        #expect(response.total == SearchTotal(passages: 5, documents: 4))
    }

    @Test("--all-copies shows each copy as its own result, with no copies listed")
    func allCopies() throws {
        let response = try search("安全生产", SearchOptions(limit: 0, allCopies: true))
        #expect(response.results.count == 5)
        #expect(response.results.allSatisfy { $0.copies == [] })
        #expect(response.total == SearchTotal(passages: 5, documents: 4))
    }

    @Test("pages of one result never show a copy folded into an earlier page")
    func paging() throws {
        let every = try search("安全生产", SearchOptions(limit: 0)).results
        var paged: [SearchResult] = []
        for offset in 0..<4 { paged += try search("安全生产", SearchOptions(limit: 1, offset: offset)).results }
        #expect(paged.map(\.citation) == every.map(\.citation))
        let listed = Set(paged.flatMap { $0.copies ?? [] })
        #expect(listed.isDisjoint(with: paged.map(\.citation)))
        #expect(paged.map(\.rank) == [1, 2, 3])
    }

    @Test("equal scores: the passage holding the query as typed comes first, in either script")
    func exactScript() throws {
        let simplified = try search("安全生产工作", SearchOptions(limit: 0, allCopies: true)).results
        let traditional = try search("安全生產工作", SearchOptions(limit: 0, allCopies: true)).results
        #expect(Set(simplified.map(\.score)).count == 1)
        #expect(simplified.map { name($0.citation) } == ["a-site.txt:2:1", "c-site.txt:2:1", "b-site.txt:2:1"])
        #expect(traditional.map { name($0.citation) } == ["b-site.txt:2:1", "a-site.txt:2:1", "c-site.txt:2:1"])
        // Folded, the copy in the query's script is the one shown.
        let shown = try search("安全生產工作", SearchOptions(limit: 0)).results
        #expect(shown.map { name($0.citation) } == ["b-site.txt:2:1"])
        #expect(shown.first?.copies?.map(name) == ["a-site.txt:2:1", "c-site.txt:2:1"])
    }
}
