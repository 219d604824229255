import Foundation
import Testing

/// The `--json` result contract, checked field by field against the corpus
/// files: text and offsets, citation, section, highlights, and `show`.
@Suite("search --json and show --json")
struct ResultContractTests {
    /// Queries as typed, with the folded terms whose occurrences must be highlighted.
    static let queries: [(query: String, terms: [String])] = [
        ("法治政府建设", ["法治政府建设"]),
        ("法治政府建設", ["法治政府建设"]),
        ("法", ["法"]),
        ("2022年", ["2022年"]),
        ("法治 督察", ["法治", "督察"]),
        ("督察 OR 复议", ["督察", "复议"]),
        ("法治 -政府", ["法治"]),
    ]

    /// Each report's publication date and issuer, as its text gives them; nil prints as `null`.
    static let documentMetadata: [(path: String, date: String?, issuer: String?)] = [
        ("Corpus/bayingolin-2021.txt", "2021-12-17", "巴音郭楞蒙古自治州人民政府"),
        ("Corpus/cixi-2023.txt", "2024-02-29", "市司法局"),
        ("Corpus/nanxiong-2022.txt", "2023-01-31", "南雄市政务服务和数据管理局"),
        ("Corpus/xishan-2022.txt", "2023-02-08", "无锡市锡山区人民政府"),
        ("Corpus/yangxiang-2021.txt", nil, nil),
    ]

    /// The expected date and issuer of the document at `path`.
    private func metadata(of path: String) throws -> (date: String?, issuer: String?) {
        let entry = try #require(Self.documentMetadata.first { $0.path == path }, "unknown path \(path)")
        return (entry.date, entry.issuer)
    }

    @Test("every result's fields agree with the document", arguments: queries)
    func fieldsAgreeWithDocument(query: String, terms: [String]) throws {
        let results = try SharedCorpus.copy().searchJSON([query])
        #expect(!results.isEmpty)
        for (index, result) in results.enumerated() {
            #expect(result.keys == JSONResult.searchKeys, "\(result.citation)")
            #expect(result.copies == [], "\(result.citation)")
            #expect(result.rank == index + 1)
            #expect(result.score != nil)
            let document = try #require(CorpusModel.documents[result.path], "unknown path \(result.path)")
            #expect(0 <= result.start && result.start < result.end && result.end <= document.scalars.count)
            #expect(result.text == document.text(result.start..<result.end), "\(result.citation)")

            let (line, column) = document.lineAndColumn(of: result.start)
            #expect(result.line == line, "\(result.citation)")
            #expect(result.citation == "\(result.path):\(line):\(column)")

            let passage = document.passages.first { $0.start == result.start }
            #expect(passage?.end == result.end, "\(result.citation) is not a passage")
            #expect(passage?.section == result.section, "\(result.citation)")

            #expect(result.highlights == CorpusModel.expectedHighlights(of: terms, in: result.text),
                    "\(result.citation): \(result.text)")
            let expected = try metadata(of: result.path)
            #expect(result.date == expected.date, "\(result.citation)")
            #expect(result.issuer == expected.issuer, "\(result.citation)")
            #expect(result.page == nil, "\(result.citation): a text file has no pages")
        }
    }

    @Test("every result carries its document's date and issuer, or null for each the text does not give",
          arguments: documentMetadata)
    func dateAndIssuer(path: String, date: String?, issuer: String?) throws {
        let results = try SharedCorpus.copy().searchJSON(["法治政府建设"]).filter { $0.path == path }
        let document = try #require(CorpusModel.documents[path])
        #expect(results.count == document.passages.filter { CorpusModel.contains($0.text, "法治政府建设") }.count)
        for result in results {
            #expect(result.date == date, "\(result.citation)")
            #expect(result.issuer == issuer, "\(result.citation)")
        }
    }

    @Test("show --json of every result's citation prints the same passage, unranked",
          arguments: ["2022年", "督察 OR 复议"])
    func showRoundTrip(query: String) throws {
        let corpus = try SharedCorpus.copy()
        let results = try corpus.searchJSON([query])
        #expect(!results.isEmpty)
        for result in results {
            let run = try corpus.run("show", ["--json", result.citation])
            #expect(run.status == 0, "\(run)")
            #expect(run.stderr.isEmpty, "\(run)")
            #expect(run.stdoutLines.count == 1)
            let line = try #require(run.stdoutLines.first)
            let shown = try JSONResult(line: line)
            #expect(shown.keys == JSONResult.contractKeys)
            #expect(try JSONResult.hasNullRankAndScore(line), "\(line)")
            #expect(shown.highlights == [])
            #expect(shown.citation == result.citation)
            #expect(shown.path == result.path)
            #expect(shown.title == result.title)
            #expect(shown.line == result.line)
            #expect(shown.start == result.start)
            #expect(shown.end == result.end)
            #expect(shown.section == result.section)
            #expect(shown.text == result.text)
            #expect(shown.date == result.date)
            #expect(shown.issuer == result.issuer)
        }
    }

    @Test("show PATH:LINE names the line's first passage")
    func showWithoutColumn() throws {
        let corpus = try SharedCorpus.copy()
        let document = try #require(CorpusModel.documents["Corpus/cixi-2023.txt"])
        let passage = try #require(document.passages.dropFirst(3).first)
        let run = try corpus.run("show", ["--json", "Corpus/cixi-2023.txt:\(passage.line)"])
        #expect(run.status == 0, "\(run)")
        let shown = try JSONResult(line: try #require(run.stdoutLines.first))
        #expect(shown.start == passage.start)
        #expect(shown.text == passage.text)
        #expect(shown.citation == "Corpus/cixi-2023.txt:\(passage.line):\(passage.column)")
    }

    @Test("show prints the title, the section path and N passages on each side")
    func showWithContext() throws {
        let corpus = try SharedCorpus.copy()
        let document = try #require(CorpusModel.documents["Corpus/cixi-2023.txt"])
        let index = try #require(document.passages.indices.first { !document.passages[$0].section.isEmpty && $0 >= 2 })
        let passage = document.passages[index]
        let run = try corpus.run("show", ["--context", "1", "Corpus/cixi-2023.txt:\(passage.line):\(passage.column)"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("慈溪市人民政府关于2023年度法治政府建设情况的报告"))
        for heading in passage.section { #expect(run.stdout.contains(heading)) }
        #expect(run.stdout.contains(passage.text))
        #expect(run.stdout.contains(document.passages[index - 1].text))
        #expect(run.stdout.contains(document.passages[index + 1].text))
    }

    @Test("show of a citation not in the index exits 2 with one line", arguments: [
        "Corpus/cixi-2023.txt:9999", "Corpus/missing.txt:1:1", "Corpus/cixi-2023.txt", "cixi:x",
    ])
    func showErrors(citation: String) throws {
        let run = try SharedCorpus.copy().run("show", [citation])
        #expect(run.status == 2, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines.count == 1, "\(run)")
    }

    @Test("stats --json counts the documents, passages and characters of the corpus")
    func stats() throws {
        let run = try SharedCorpus.copy().run("stats", ["--json"])
        #expect(run.status == 0, "\(run)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["documents"] as? Int == 5)
        #expect(object["passages"] as? Int == CorpusModel.passages.count)
        #expect(object["characters"] as? Int == CorpusModel.documents.values.map(\.scalars.count).reduce(0, +))
    }
}
