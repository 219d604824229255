import Foundation
import Testing

/// Where the index lives: `Index/suoyin.sqlite`, `$SUOYIN_INDEX`, `--index`,
/// and the first-use build from `./Corpus`.
@Suite("index location")
struct IndexLocationTests {
    @Test("first use: search with no index builds Index/suoyin.sqlite from ./Corpus")
    func firstUse() throws {
        let corpus = try CorpusCopy()
        defer { corpus.remove() }
        let defaultIndex = corpus.url("Index/suoyin.sqlite").path
        #expect(!FileManager.default.fileExists(atPath: defaultIndex))

        let first = try corpus.run(["search", "--json", "法治"])
        #expect(first.status == 0, "\(first)")
        #expect(first.stderr.lowercased().contains("index"), "\(first)")
        #expect(FileManager.default.fileExists(atPath: defaultIndex))
        #expect(first.stdoutLines.count == 10)

        let second = try corpus.run(["search", "--json", "法治"])
        #expect(second.status == 0, "\(second)")
        #expect(second.stderr.isEmpty, "no second build: \(second)")
        #expect(second.stdout == first.stdout)
    }

    @Test("with neither an index nor ./Corpus, search exits 2 and says how to build one")
    func noIndexNoCorpus() throws {
        let corpus = try CorpusCopy()
        defer { corpus.remove() }
        try FileManager.default.removeItem(at: corpus.url("Corpus"))
        let run = try corpus.run(["search", "法治"])
        #expect(run.status == 2, "\(run)")
        #expect(run.stderrLines.count == 1, "\(run)")
        #expect(run.stderr.contains("suoyin index"), "\(run)")
        #expect(!FileManager.default.fileExists(atPath: corpus.url("Index").path))
    }

    @Test("SUOYIN_INDEX names the index for index, search, show and stats")
    func environmentVariable() throws {
        let corpus = try CorpusCopy()
        defer { corpus.remove() }
        let environment = ["SUOYIN_INDEX": corpus.url("elsewhere/env.sqlite").path]
        let index = try corpus.run(["index"], environment: environment)
        #expect(index.status == 0, "\(index)")
        #expect(FileManager.default.fileExists(atPath: corpus.url("elsewhere/env.sqlite").path))
        #expect(!FileManager.default.fileExists(atPath: corpus.url("Index").path))

        let search = try corpus.run(["search", "--json", "--limit", "1", "法治政府建设"], environment: environment)
        #expect(search.status == 0, "\(search)")
        #expect(search.stderr.isEmpty, "\(search)")
        let citation = try #require(search.stdoutLines.first.map { try JSONResult(line: $0) }?.citation)
        #expect(try corpus.run(["show", citation], environment: environment).status == 0)
        let stats = try corpus.run(["stats", "--json"], environment: environment)
        #expect(stats.stdout.contains("\"documents\":5"), "\(stats)")
        #expect(!FileManager.default.fileExists(atPath: corpus.url("Index").path))
    }

    @Test("--index wins over SUOYIN_INDEX")
    func optionBeatsEnvironment() throws {
        let corpus = try SharedCorpus.copy()
        let environment = ["SUOYIN_INDEX": corpus.url("missing/env.sqlite").path]
        let run = try corpus.run(["search", "--index", corpus.indexPath, "法治"], environment: environment)
        #expect(run.status == 0, "\(run)")
        #expect(!FileManager.default.fileExists(atPath: corpus.url("missing").path))
    }
}
