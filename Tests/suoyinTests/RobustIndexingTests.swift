import Foundation
import Testing

/// Indexing that is interrupted, runs beside searches, or meets awkward trees.
@Suite("robust indexing", .serialized)
struct RobustIndexingTests {
    /// The same queries' full JSON results from two indexes, to compare them.
    private func answers(_ copy: CorpusCopy, index: String) throws -> [String] {
        try ["法治", "编号3号文件", "依法 行政", "黨", "2022年"].map { query in
            let run = try copy.run(["search", "--index", index, "--json", "--limit", "0"]
                                   + query.split(separator: " ").map(String.init))
            return run.stdout
        }
    }

    @Test("SIGKILL mid-index leaves the previous index sound and searchable; re-running equals a clean build")
    func killMidIndex() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let big = copy.url("Big")
        try GeneratedCorpus.write(count: 20, bytesEach: 20_000, into: big)
        let index = copy.url("k.sqlite").path
        #expect(try copy.run(["index", "--index", index, "Big"]).status == 0)

        // Change the corpus: new files, changed files, a removed file.
        try GeneratedCorpus.write(count: 20, bytesEach: 20_000, into: copy.url("Big/more"), seed: 11, tag: "新")
        for name in ["doc0001.txt", "doc0002.txt"] {
            let handle = try FileHandle(forWritingTo: big.appendingPathComponent(name))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("\n修改之后新增的独特段落\(name)\n".utf8))
            try handle.close()
        }
        try FileManager.default.removeItem(at: big.appendingPathComponent("doc0003.txt"))

        // Start updating, kill it after its first committed batch, and check what it left.
        let update = try PausedIndexRun(["index", "--index", index, "--quiet", "Big"], in: copy)
        #expect(update.kill() == .uncaughtSignal)

        let check = try copy.run(["stats", "--index", index, "--check"])
        #expect(check.status == 0, "\(check)")
        #expect(check.stderr.contains("the index is sound"))
        let search = try copy.run(["search", "--index", index, "法治"])
        #expect(search.status == 0, "\(search)")
        // Killed half-way: the batch with the changed files is in, the removal of doc0003 is not.
        #expect(try copy.run(["search", "--index", index, "--json", "修改之后新增的独特段落"]).stdoutLines.count == 2)
        #expect(try copy.run(["search", "--index", index, "编号3号文件"]).status == 0)

        // Finishing the job gives exactly what a clean build gives.
        let rerun = try copy.run(["index", "--index", index, "Big"])
        #expect(rerun.status == 0, "\(rerun)")
        let clean = copy.url("clean.sqlite").path
        #expect(try copy.run(["index", "--index", clean, "Big"]).status == 0)
        #expect(try answers(copy, index: index) == answers(copy, index: clean))
        let changed = try copy.run(["search", "--index", index, "--json", "修改之后新增的独特段落"])
        #expect(changed.stdoutLines.count == 2)
        #expect(try copy.run(["search", "--index", index, "编号3号文件"]).status == 1)
    }

    @Test("searches while an index runs see a consistent index; a second indexer is refused clearly")
    func searchDuringIndexing() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        try copy.index()
        try GeneratedCorpus.write(count: 20, bytesEach: 20_000, into: copy.url("Corpus/big"))

        // Paused after its first committed batch, the run holds the lock and has more to do.
        let first = try PausedIndexRun(["index", "--index", copy.indexPath, "--quiet", "Corpus"], in: copy)
        let second = try copy.run("index", ["Corpus"])
        #expect(second.status == 2, "\(second)")
        #expect(second.stderrLines == [
            "suoyin: error: Another 'suoyin index' is updating '\(copy.indexPath)'. Wait for it to finish, then try again.",
        ])
        // Searches see the committed batch, with the phrase lists stale until the run ends.
        let during = try copy.run("search", ["--json", "法治政府建设"])
        #expect(during.status == 0, "\(during)")
        #expect(during.stderr.isEmpty, "\(during)")
        #expect(try copy.run("search", ["编号19号文件"]).status == 0)
        #expect(first.isRunning)
        // It runs at a lower priority than the searches.
        #expect((try first.niceness() ?? 0) >= 10)

        // Searches while it finishes (merging, counting phrase lists) never fail.
        try first.resume()
        var searches = 0
        repeat {
            let run = try copy.run("search", ["--json", "法治政府建设"])
            #expect(run.status == 0, "\(run)")
            #expect(run.stderr.isEmpty, "\(run)")
            searches += 1
        } while first.isRunning && searches < 50
        #expect(first.waitForExit() == 0)
        #expect(try copy.run("search", ["编号19号文件"]).status == 0)
        #expect(during.stdout == (try copy.run("search", ["--json", "法治政府建设"])).stdout)
    }

    @Test("awkward trees: link loops, dot-files, zero-byte files, a 5 MB line, spaces and Chinese in names")
    func awkwardTree() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let tree = copy.url("Tree")
        let manager = FileManager.default
        try manager.createDirectory(at: tree.appendingPathComponent("子 目录"), withIntermediateDirectories: true)
        try manager.createDirectory(at: tree.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        try "隐藏文件里的独特词语".write(to: tree.appendingPathComponent(".hidden/a.txt"), atomically: true, encoding: .utf8)
        try "点文件里的独特词语".write(to: tree.appendingPathComponent(".dot.txt"), atomically: true, encoding: .utf8)
        try "名字有空格的独特词语\n".write(to: tree.appendingPathComponent("子 目录/报告 一.txt"), atomically: true, encoding: .utf8)
        try Data().write(to: tree.appendingPathComponent("empty.txt"))
        try manager.createSymbolicLink(at: tree.appendingPathComponent("子 目录/loop"), withDestinationURL: tree)
        let longLine = String(repeating: "依法行政，建设法治政府。", count: 5_000_000 / 36) + "长行末尾的独特词语"
        try longLine.write(to: tree.appendingPathComponent("long.txt"), atomically: true, encoding: .utf8)

        let run = try copy.run("index", ["Tree"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderrLines.first == "Tree/empty.txt: warning: empty file; skipped")
        #expect(run.stderrLines.count == 2)
        #expect(run.stderrLines.last?.hasPrefix("Indexed into \(copy.indexPath): 2 added, 0 updated, 0 removed, 0 unchanged, 1 skipped;") == true)

        let spaced = try copy.searchJSON(["名字有空格的独特词语"])
        #expect(spaced.map(\.citation) == ["Tree/子 目录/报告 一.txt:1:1"])
        let show = try copy.run("show", ["Tree/子 目录/报告 一.txt:1:1"])
        #expect(show.status == 0, "\(show)")
        #expect(try copy.searchJSON(["长行末尾的独特词语"]).count == 1)
        #expect(try copy.run("search", ["隐藏文件里的独特词语"]).status == 1)
        #expect(try copy.run("search", ["点文件里的独特词语"]).status == 1)
    }
}
