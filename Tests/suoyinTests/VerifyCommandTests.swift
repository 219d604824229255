import Foundation
import Testing

/// `suoyin verify` run as a program on the shared indexed copy of `Corpus/`:
/// exit statuses, standard input, and the JSON object.
@Suite("suoyin verify")
struct VerifyCommandTests {
    /// The verification as JSON (what the tests read of it).
    struct Verification: Decodable {
        struct Place: Decodable {
            var citation: String
            var column: Int
            var text: String
            var similarity: Double
            var start: Int
            var end: Int
        }
        var verified: Bool
        var quote: String
        var citation: String?
        var places: [Place]
        var nearest: [Place]
        var more: Int
    }

    private func verify(_ arguments: [String]) throws -> (status: Int32, result: Verification?, stderr: String) {
        let run = try SharedCorpus.copy().run("verify", ["--json"] + arguments)
        let result = try? JSONDecoder().decode(Verification.self, from: Data(run.stdout.utf8))
        return (run.status, result, run.stderr)
    }

    @Test("exit status 0 when verified, 1 when not, 2 on errors", arguments: [
        (["持续开展党政主要负责人履行推进"], 0),
        (["持续开展党政主要负责人履行推进", "--citation", "Corpus/xishan-2022.txt:67:3"], 0),
        (["持续开展党政主要负责人履行推进", "--citation", "Corpus/xishan-2022.txt:15:3"], 1),
        (["量子计算机在区块链领域的应用"], 1),
        (["，。"], 2),
        (["法治", "--citation", "xishan"], 2),
    ] as [([String], Int)])
    func exitStatus(arguments: [String], status: Int) throws {
        #expect(try verify(arguments).status == Int32(status))
    }

    @Test("the JSON object has exactly the documented fields, in alphabetical order")
    func jsonFields() throws {
        let run = try SharedCorpus.copy().run("verify", ["--json", "持续开展党政主要负责人履行推进法治政府建设第二责任人职责督察"])
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object.keys.sorted() == ["citation", "more", "nearest", "places", "quote", "verified"])
        let nearest = try #require((object["nearest"] as? [[String: Any]])?.first)
        #expect(nearest.keys.sorted() == ["citation", "column", "date", "diff", "end", "issuer", "line", "number", "page",
                                          "path", "section", "segments", "similarity", "start", "text", "title"])
        #expect(run.stdout.hasPrefix("{\"citation\":null,\"more\":0,\"nearest\":[{\"citation\":\"Corpus/xishan-2022.txt:67:3\""))
        #expect(run.stdout.split(separator: "\n").count == 1)
    }

    @Test("a place's text and offsets are the document's own: end − start characters of it")
    func placeMatchesFile() throws {
        let (status, result, _) = try verify(["堅持黨對法治政府建設的全面領導"])
        #expect(status == 0)
        let place = try #require(result?.places.first)
        let file = try String(contentsOf: CorpusCopy.source.appendingPathComponent("bayingolin-2021.txt"), encoding: .utf8)
        let scalars = Array(file.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[place.start..<place.end])) == place.text)
    }

    @Test("- reads the quotation from standard input, line ends and all")
    func standardInput() throws {
        let corpus = try SharedCorpus.copy()
        let quoteFile = FileManager.default.temporaryDirectory.appendingPathComponent("quote-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: quoteFile) }
        try Data("在依法治区考核中予以体现。\n\n（三）抓好法治政府建设\n".utf8).write(to: quoteFile)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SuoyinProcess.binary)
        process.arguments = ["verify", "--index", corpus.indexPath, "--json", "-"]
        process.currentDirectoryURL = corpus.folder
        process.standardInput = try FileHandle(forReadingFrom: quoteFile)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let result = try JSONDecoder().decode(Verification.self, from: data)
        #expect(result.places.map(\.citation) == ["Corpus/xishan-2022.txt:67:3"])
        #expect(result.places.first?.text == "在依法治区考核中予以体现。\n\n  (三)抓好法治政府建设")
    }

    @Test("an empty quotation says what to do")
    func emptyQuotation() throws {
        let (status, result, stderr) = try verify(["……"])
        #expect(status == 2 && result == nil)
        #expect(stderr.contains("has nothing to verify") && stderr.contains("suoyin verify 法治政府建设"))
    }
}
