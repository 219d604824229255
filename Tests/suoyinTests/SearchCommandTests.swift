import Foundation
import Testing

/// `suoyin search` on the shared indexed copy of `Corpus/`, checked against
/// counts computed from the files themselves (``CorpusModel``).
@Suite("suoyin search")
struct SearchCommandTests {
    @Test("法治政府建设 is found in all five reports")
    func phraseInEveryReport() throws {
        let results = try SharedCorpus.copy().searchJSON(["法治政府建设"])
        #expect(Set(results.map(\.path)) == Set(CorpusModel.documents.keys))
        #expect(CorpusModel.documents.count == 5)
        #expect(results.count == CorpusModel.passageCount(containing: "法治政府建设"))
    }

    @Test("a traditional query finds what its simplified form finds, with the same scores; ties go to its own script")
    func traditionalEqualsSimplified() throws {
        let corpus = try SharedCorpus.copy()
        let traditional = try corpus.run("search", ["--limit", "0", "--json", "法治政府建設"])
        let simplified = try corpus.run("search", ["--limit", "0", "--json", "法治政府建设"])
        #expect(traditional.status == 0)
        #expect(!traditional.stdout.isEmpty)
        // Ranks aside, the same results; in the same order of scores.
        func unranked(_ lines: [String]) throws -> [String] {
            try lines.map { line in
                var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                object["rank"] = nil
                return String(decoding: try JSONSerialization.data(withJSONObject: object, options: .sortedKeys), as: UTF8.self)
            }
        }
        #expect(Set(try unranked(traditional.stdoutLines)) == Set(try unranked(simplified.stdoutLines)))
        let scores = { (lines: [String]) in try lines.map { try JSONResult(line: $0).score } }
        #expect(try scores(traditional.stdoutLines) == scores(simplified.stdoutLines))
    }

    @Test("a one-character query finds every passage containing that character")
    func oneCharacter() throws {
        let results = try SharedCorpus.copy().searchJSON(["法"])
        #expect(results.count == CorpusModel.passageCount(containing: "法"))
        for result in results {
            #expect(CorpusModel.contains(result.text, "法"), "\(result.citation)")
            #expect(result.highlights == CorpusModel.expectedHighlights(of: ["法"], in: result.text), "\(result.citation)")
        }
    }

    @Test("2022年 finds every passage containing 2022年 and highlights exactly that")
    func yearQuery() throws {
        let results = try SharedCorpus.copy().searchJSON(["2022年"])
        #expect(results.count == CorpusModel.passageCount(containing: "2022年"))
        for result in results {
            let scalars = Array(result.text.unicodeScalars)
            #expect(!result.highlights.isEmpty, "\(result.citation)")
            for highlight in result.highlights {
                let covered = String(String.UnicodeScalarView(scalars[highlight[0]..<highlight[1]]))
                #expect(covered == "2022年", "\(result.citation) \(highlight)")
            }
        }
    }

    @Test("terms separated by spaces must all match")
    func and() throws {
        let results = try SharedCorpus.copy().searchJSON(["法治 督察"])
        #expect(!results.isEmpty)
        #expect(results.count == CorpusModel.passageCount { CorpusModel.contains($0, "法治") && CorpusModel.contains($0, "督察") })
        for result in results {
            #expect(CorpusModel.contains(result.text, "法治") && CorpusModel.contains(result.text, "督察"), "\(result.citation)")
        }
    }

    @Test("terms given as separate arguments are ANDed like terms in one argument")
    func andAcrossArguments() throws {
        let corpus = try SharedCorpus.copy()
        #expect(try corpus.searchJSON(["法治", "督察"]) == corpus.searchJSON(["法治 督察"]))
    }

    @Test("OR between terms makes alternatives")
    func or() throws {
        let results = try SharedCorpus.copy().searchJSON(["督察 OR 复议"])
        #expect(!results.isEmpty)
        #expect(results.count == CorpusModel.passageCount { CorpusModel.contains($0, "督察") || CorpusModel.contains($0, "复议") })
        for result in results {
            #expect(CorpusModel.contains(result.text, "督察") || CorpusModel.contains(result.text, "复议"), "\(result.citation)")
        }
    }

    @Test("a leading - excludes a term")
    func exclusion() throws {
        let results = try SharedCorpus.copy().searchJSON(["--within", "passage", "法治 -政府"])
        #expect(!results.isEmpty)
        #expect(results.count == CorpusModel.passageCount { CorpusModel.contains($0, "法治") && !CorpusModel.contains($0, "政府") })
        for result in results {
            #expect(!CorpusModel.contains(result.text, "政府"), "\(result.citation)")
        }
    }

    @Test("an excluded term in its own argument is a query term, not an unknown option")
    func exclusionAsSeparateArgument() throws {
        let corpus = try SharedCorpus.copy()
        let run = try corpus.run("search", ["--json", "--limit", "0", "法治", "-政府"])
        #expect(run.status == 0, "\(run)")
        #expect(try run.stdoutLines.map { try JSONResult(line: $0) } == corpus.searchJSON(["法治 -政府"]))
    }

    @Test("full-width quotes and minus work like their ASCII forms", arguments: [
        ("“法治政府”", "\"法治政府\""),
        ("「督察」 OR 复议", "督察 OR 复议"),
        ("法治 －政府", "法治 -政府"),
    ])
    func fullWidthSyntax(fullWidth: String, ascii: String) throws {
        let corpus = try SharedCorpus.copy()
        let results = try corpus.searchJSON([fullWidth])
        #expect(!results.isEmpty)
        #expect(results == (try corpus.searchJSON([ascii])))
    }

    @Test("--limit and --offset page through the full ranking")
    func paging() throws {
        let corpus = try SharedCorpus.copy()
        let all = try corpus.searchJSON(["法治"])
        #expect(all.count == CorpusModel.passageCount(containing: "法治"))
        #expect(all.map(\.rank) == Array(1...all.count))
        let firstDefault = try corpus.run("search", ["--json", "法治"]).stdoutLines.map { try JSONResult(line: $0) }
        #expect(firstDefault == Array(all.prefix(10)))
        for offset in [0, 3, 10, all.count - 2] {
            let page = try corpus.searchJSON(["法治"], limit: 5, offset: offset)
            #expect(page == Array(all[offset..<min(offset + 5, all.count)]), "offset \(offset)")
        }
        let pastTheEnd = try corpus.run("search", ["--json", "--offset", String(all.count), "法治"])
        // Past the end is not "no match": exit 0, and a note says how many there are.
        #expect(pastTheEnd.status == 0)
        #expect(pastTheEnd.stdout.isEmpty)
        #expect(pastTheEnd.stderrLines == [
            "suoyin: no results at --offset \(all.count): the query matched \(all.count) passages in 5 documents."])
    }

    @Test("results are ranked by score, higher first, ties by path then line")
    func ordering() throws {
        let results = try SharedCorpus.copy().searchJSON(["法"])
        for (earlier, later) in zip(results, results.dropFirst()) {
            let earlierScore = try #require(earlier.score)
            let laterScore = try #require(later.score)
            #expect(earlierScore >= laterScore, "\(earlier.citation) before \(later.citation)")
            if earlierScore == laterScore {
                #expect((earlier.path, earlier.line, earlier.start) < (later.path, later.line, later.start),
                        "tie: \(earlier.citation) before \(later.citation)")
            }
        }
    }

    @Test("no match exits 1 and prints nothing")
    func noMatch() throws {
        let run = try SharedCorpus.copy().run("search", ["量子计算机"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.isEmpty)
    }

    @Test("a query of only punctuation exits 2 with one line on stderr")
    func onlyPunctuation() throws {
        let run = try SharedCorpus.copy().run("search", ["，。！？"])
        #expect(run.status == 2, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines.count == 1, "\(run)")
    }

    @Test("text output off a terminal marks matches with 【】 and prints the citation")
    func textOutput() throws {
        let corpus = try SharedCorpus.copy()
        let best = try #require(corpus.searchJSON(["法治"], limit: 1).first)
        let run = try corpus.run("search", ["--limit", "1", "法治"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("【法治】"))
        #expect(run.stdout.contains(best.citation))
        #expect(!run.stdout.contains("\u{1B}["))
    }
}
