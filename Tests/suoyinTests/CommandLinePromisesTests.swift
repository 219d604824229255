import Foundation
import Testing

/// What the command line promises beyond searching: where the index is found,
/// what `suoyin index` without paths does, and grep's exit statuses.
@Suite("command-line promises")
struct CommandLinePromisesTests {
    @Test("without --index, the index is found in the nearest parent folder, as git finds .git")
    func discovery() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let first = try copy.run(["index", "--quiet"])  // a new index: Corpus by default
        #expect(first.status == 0, "\(first)")
        #expect(FileManager.default.fileExists(atPath: copy.url("Index/suoyin.sqlite").path))

        let fromCorpus = try SuoyinProcess.run(["search", "--json", "--limit", "1", "法治政府建设"], in: copy.url("Corpus"))
        #expect(fromCorpus.status == 0, "\(fromCorpus)")
        #expect(fromCorpus.stderrLines.count == 1)
        #expect(fromCorpus.stderr.hasPrefix("suoyin: using the index in \(copy.folder.path) ("))
        #expect(try JSONResult(line: fromCorpus.stdoutLines[0]).path.hasPrefix("Corpus/"))
    }

    @Test("show's hint for a changed file names a command that refreshes that very index", arguments: [
        "i.sqlite", "my index.sqlite",
    ])
    func changedFileHint(index: String) throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        #expect(try copy.run(["index", "--quiet", "--index", index, "Corpus"]).status == 0)
        try Data("新增一行。".utf8).write(to: copy.url("Corpus/cixi-2023.txt"), options: .atomic)
        let stale = try copy.run(["show", "--index", index, "Corpus/cixi-2023.txt:7:1"])
        let marker = "to refresh it, run: "
        let hint = try #require(stale.stderrLines.first { $0.contains(marker) }, "\(stale)")
        let command = String(hint[hint.range(of: marker)!.upperBound...])
        #expect(command == (index.contains(" ") ? "suoyin index --index '\(index)'" : "suoyin index --index \(index)"))
        // Run it as a shell would, and the warning is gone.
        let refreshed = try copy.run(["index", "--index", index])
        #expect(refreshed.status == 0, "\(refreshed)")
        #expect(refreshed.stderr.contains("1 updated"), "\(refreshed)")
        let fresh = try copy.run(["show", "--index", index, "Corpus/cixi-2023.txt:1:1"])
        #expect(!fresh.stderr.contains("warning"), "\(fresh)")
    }

    @Test("suoyin index without paths refreshes what the index holds: added, changed and removed files")
    func refresh() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        #expect(try copy.run(["index", "--quiet", "Corpus"]).status == 0)
        let added = copy.url("Corpus/extra/new.txt")
        try FileManager.default.createDirectory(at: added.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("新增文件：依法行政示范区".utf8).write(to: added)

        let fromSubfolder = try SuoyinProcess.run(["index"], in: copy.url("Corpus/extra"))
        #expect(fromSubfolder.status == 0, "\(fromSubfolder)")
        #expect(fromSubfolder.stderr.contains("1 added, 0 updated, 0 removed, 5 unchanged"), "\(fromSubfolder)")
        let found = try SuoyinProcess.run(["search", "--json", "依法行政示范区"], in: copy.folder)
        #expect(try found.stdoutLines.map { try JSONResult(line: $0).citation } == ["Corpus/extra/new.txt:1:1"])

        try FileManager.default.removeItem(at: added)
        let removed = try copy.run(["index"])
        #expect(removed.stderr.contains("0 added, 0 updated, 1 removed, 5 unchanged"), "\(removed)")
    }

    @Test("a path that does not exist is an error (exit 2) once the other paths are indexed")
    func missingPath() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let run = try copy.run("index", ["missing.txt", "Corpus"])
        #expect(run.status == 2, "\(run)")
        #expect(run.stderrLines.first == "missing.txt: error: does not exist; skipped")
        #expect(run.stderr.contains("5 added"))
    }

    @Test("a search on an empty index says so and how to fill it")
    func emptyIndex() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        try FileManager.default.createDirectory(at: copy.url("empty"), withIntermediateDirectories: true)
        #expect(try copy.run("index", ["--quiet", "empty"]).status == 0)
        let run = try copy.run("search", ["法治"])
        #expect(run.status == 1)
        #expect(run.stderrLines == ["suoyin: the index '\(copy.indexPath)' is empty. Run 'suoyin index FOLDER' to add documents to it."])
    }

    @Test("usage errors exit 2 with ArgumentParser's message", arguments: [
        (["search", "--limit", "-1", "法治"], "Error: --limit must be 0 or more."),
        (["search", "--offset", "-3", "法治"], "Error: --offset must be 0 or more."),
        (["search", "--color", "sometimes", "法治"], "Error: The value 'sometimes' is invalid for '--color <when>'"),
        (["show", "--context", "-1", "Corpus/cixi-2023.txt:7"], "Error: --context must be 0 or more."),
        (["frobnicate"], "Error: Unexpected argument 'frobnicate'"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let run = try copy.run(arguments)
        #expect(run.status == 2, "\(run)")
        #expect(run.stderr.hasPrefix(message), "\(run)")
    }

    @Test("dates that do not exist, and --since after --until, are errors that say so")
    func badDates() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        try copy.index()
        let invalid = try copy.run("search", ["--since", "2021-02-30", "法治"])
        #expect(invalid.status == 2)
        #expect(invalid.stderrLines == ["suoyin: error: --since '2021-02-30' is not a date. Give it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-06."])
        let reversed = try copy.run("search", ["--since", "2024", "--until", "2023-06", "法治"])
        #expect(reversed.status == 2)
        #expect(reversed.stderrLines == ["suoyin: error: --since 2024 is later than --until 2023-06, so no document can match. Swap the two dates."])
    }

    @Test("--version prints the release and the git revision it was built from")
    func version() throws {
        let run = try SuoyinProcess.run(["--version"], in: SuoyinProcess.packageRoot)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("0.4.0"), "\(run)")
    }

    @Test("--color always marks matches with terminal colours, never and NO_COLOR do not")
    func color() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        try copy.index()
        let always = try copy.run("search", ["--color", "always", "--limit", "1", "法治政府建设"])
        #expect(always.stdout.contains("\u{1B}[36mCorpus/"))
        #expect(always.stdout.contains("\u{1B}[1;31m法治政府建设\u{1B}[0m"), "\(always)")
        let never = try copy.run("search", ["--color", "never", "--limit", "1", "法治政府建设"])
        #expect(!never.stdout.contains("\u{1B}"))
        #expect(never.stdout.contains("【法治政府建设】"))
    }

    @Test("show of a citation where no passage starts is an error that names the nearest citations", arguments: [
        // A blank line: the passages around it.
        ("Corpus/cixi-2023.txt:6", "Corpus/cixi-2023.txt:5:1, Corpus/cixi-2023.txt:7:1"),
        // A column inside a passage, and a column before an indented line's passage.
        ("Corpus/cixi-2023.txt:7:2", "Corpus/cixi-2023.txt:7:1"),
        ("Corpus/xishan-2022.txt:73:1", "Corpus/xishan-2022.txt:73:3"),
    ])
    func showNearest(citation: String, nearest: String) throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        try copy.index()
        let run = try copy.run("show", [citation])
        #expect(run.status == 2)
        #expect(run.stderrLines == ["suoyin: error: No indexed passage starts at '\(citation)'. The nearest: \(nearest). Give a citation as 'suoyin search' prints it, or run 'suoyin index' if the file changed."])
    }

    @Test("an index run leaves no empty lock or journal file beside the index")
    func noLeftovers() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        try copy.index()
        try copy.index()  // a second run that changes nothing
        let names = try FileManager.default.contentsOfDirectory(atPath: copy.folder.path).sorted()
        #expect(names == ["Corpus", "i.sqlite"])
    }

    @Test("stats counts encodings and formats so that a count never reads as part of a name")
    func statsCounts() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        try copy.index()
        let run = try copy.run("stats", [])
        #expect(run.stdoutLines.suffix(2) == ["Encodings:   UTF-8: 5 documents", "Formats:     .txt: 5 documents"])
    }
}
