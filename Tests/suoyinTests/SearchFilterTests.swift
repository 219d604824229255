import Foundation
import Testing

/// `suoyin search --path`, `--since`, `--until` and `--issuer` on the shared indexed copy
/// of `Corpus/`. A filter only leaves documents out: what remains is the
/// unfiltered ranking of those documents, with the same scores, ranked again from 1.
@Suite("suoyin search --path, --since, --until and --issuer")
struct SearchFilterTests {
    static let query = "法治政府建设"  // in every report

    static let bayingolin = "Corpus/bayingolin-2021.txt"  // dated 2021-12-17
    static let cixi = "Corpus/cixi-2023.txt"              // 2024-02-29
    static let nanxiong = "Corpus/nanxiong-2022.txt"      // 2023-01-31
    static let xishan = "Corpus/xishan-2022.txt"          // 2023-02-08
    static let yangxiang = "Corpus/yangxiang-2021.txt"    // no date

    @Test("a filter keeps exactly the matching documents' results, in the unfiltered order", arguments: [
        // GLOB on the whole path: * matches / too; several --path patterns are alternatives.
        (["--path", "*cixi*"], [cixi]),
        (["--path", "*cixi*", "--path", "*xishan*"], [cixi, xishan]),
        (["--path", "Corpus/[bc]*"], [bayingolin, cixi]),
        (["--path", "*2021.txt"], [bayingolin, yangxiang]),
        // A year, month or day; since is its first day, until its last, both inclusive.
        (["--since", "2024"], [cixi]),
        (["--until", "2021"], [bayingolin]),  // yangxiang-2021 has no date, so a bound leaves it out
        (["--since", "2021"], [bayingolin, cixi, nanxiong, xishan]),
        (["--since", "2023-02"], [cixi, xishan]),
        (["--until", "2023-01"], [bayingolin, nanxiong]),
        (["--since", "2023-02-08", "--until", "2023-02-08"], [xishan]),
        (["--since", "2023-02-09"], [cixi]),
        // Path and date together must both hold.
        (["--path", "*2021*", "--since", "2021"], [bayingolin]),
        // Issuers match as folded substrings, in either script; several are alternatives.
        (["--issuer", "司法局"], [cixi]),
        (["--issuer", "人民政府"], [bayingolin, xishan]),
        (["--issuer", "錫山區"], [xishan]),
        (["--issuer", "司法局", "--issuer", "南雄"], [cixi, nanxiong]),
        (["--issuer", "人民政府", "--since", "2023"], [xishan]),
    ])
    func filters(options: [String], paths: [String]) throws {
        let corpus = try SharedCorpus.copy()
        let all = try search(corpus, [])
        #expect(Set(all.map(\.path)) == Set(CorpusModel.documents.keys))
        let filtered = try search(corpus, options)
        #expect(Set(filtered.map(\.path)) == Set(paths))
        #expect(filtered == reranked(all.filter { paths.contains($0.path) }))
    }

    @Test("a filter that leaves no document exits 1 and prints nothing", arguments: [
        ["--path", "*CIXI*"],  // GLOB is case-sensitive
        ["--path", "cixi-2023.txt"],  // the pattern must match the whole path
        ["--since", "2025"],
        ["--until", "2020-12-31"],
        ["--path", "*yangxiang*", "--until", "2099"],  // no date, so out of every date range
    ])
    func noDocument(options: [String]) throws {
        let run = try SharedCorpus.copy().run("search", ["--json"] + options + [Self.query])
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.isEmpty)
    }

    @Test("a date that is not YYYY, YYYY-MM or YYYY-MM-DD exits 2 with one line naming it", arguments: [
        ("--until", "2021-13"), ("--since", "2021-00"), ("--since", "2021-1"), ("--until", "2021/01"),
        ("--until", "2021-02-32"), ("--since", "21"), ("--since", "2021-01-01T00"), ("--since", ""),
    ])
    func invalidDate(option: String, value: String) throws {
        let run = try SharedCorpus.copy().run("search", [option, value, Self.query])
        #expect(run.status == 2, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines.count == 1, "\(run)")
        let line = try #require(run.stderrLines.first)
        #expect(line.contains("\(option) '\(value)'"), "\(line)")
        #expect(line.contains("YYYY-MM"), "\(line)")
    }

    /// Every result for ``query`` with `options`, decoded.
    private func search(_ corpus: CorpusCopy, _ options: [String],
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> [JSONResult] {
        let run = try corpus.run("search", ["--json", "--limit", "0"] + options + [Self.query],
                                 sourceLocation: sourceLocation)
        #expect(run.status == 0, "\(run)", sourceLocation: sourceLocation)
        #expect(run.stderr.isEmpty, "\(run)", sourceLocation: sourceLocation)
        return try run.stdoutLines.map { try JSONResult(line: $0) }
    }

    /// `results` with their ranks renumbered from 1.
    private func reranked(_ results: [JSONResult]) -> [JSONResult] {
        results.enumerated().map { index, result in
            var result = result
            result.rank = index + 1
            return result
        }
    }
}
