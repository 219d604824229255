import Foundation
import Testing

/// The counts of `suoyin index`'s summary line, e.g. "5 added, 0 updated, …".
private struct Summary: Equatable, CustomStringConvertible {
    var added = 0, updated = 0, removed = 0, unchanged = 0, skipped = 0

    /// Reads the counts from the last line of a run's stderr.
    init?(_ run: SuoyinRun) {
        guard let line = run.stderrLines.last else { return nil }
        func count(_ word: String) -> Int? {
            guard let match = line.firstMatch(of: try! Regex("([0-9]+) \(word)")),
                  let digits = match.output[1].substring else { return nil }
            return Int(digits)
        }
        guard let added = count("added"), let updated = count("updated"), let removed = count("removed"),
              let unchanged = count("unchanged"), let skipped = count("skipped") else { return nil }
        self.init(added: added, updated: updated, removed: removed, unchanged: unchanged, skipped: skipped)
    }

    init(added: Int = 0, updated: Int = 0, removed: Int = 0, unchanged: Int = 0, skipped: Int = 0) {
        self.added = added
        self.updated = updated
        self.removed = removed
        self.unchanged = unchanged
        self.skipped = skipped
    }

    var description: String { "\(added) added, \(updated) updated, \(removed) removed, \(unchanged) unchanged, \(skipped) skipped" }
}

/// `suoyin index`, each test on its own temporary copy of `Corpus/`.
@Suite("suoyin index")
struct IndexCommandTests {
    @Test("a first run adds every report and ends with one summary line")
    func firstRun() throws {
        let corpus = try CorpusCopy()
        defer { corpus.remove() }
        let run = try corpus.index()
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines.count == 1, "\(run)")
        #expect(Summary(run) == Summary(added: 5), "\(run)")
        #expect(run.stderr.contains("\(CorpusModel.passages.count) "), "passage count in \(run)")
    }

    @Test("unreadable, empty, binary and undecodable files are skipped with one warning each")
    func badFiles() throws {
        let corpus = try CorpusCopy()
        defer { corpus.remove() }
        try Data().write(to: corpus.url("Corpus/empty.txt"))
        try Data([0x6C, 0x61, 0x77, 0x00, 0x00, 0x01, 0x02, 0x00]).write(to: corpus.url("Corpus/binary.txt"))
        // 0xFF and 0xFE are invalid in UTF-8, GB18030 and Big5 alike.
        try Data([UInt8](repeating: 0, count: 30).indices.map { [0xFF, 0xFF, 0xFE][$0 % 3] })
            .write(to: corpus.url("Corpus/undecodable.md"))
        let locked = corpus.url("Corpus/locked.txt")
        try Data("锁柜里的独角兽条例\n".utf8).write(to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked.path) }
        // Tests usually run as root, who reads a mode-000 file anyway: then it is indexed.
        let lockedIsReadable = FileHandle(forReadingAtPath: locked.path) != nil

        var skipped = ["Corpus/empty.txt", "Corpus/binary.txt", "Corpus/undecodable.md"]
        if !lockedIsReadable { skipped.append("Corpus/locked.txt") }
        let run = try corpus.run("index", ["Corpus"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderrLines.count == skipped.count + 1, "\(run)")
        for path in skipped {
            #expect(run.stderrLines.filter { $0.hasPrefix(path + ": warning: ") }.count == 1, "\(path) in \(run)")
        }
        #expect(Summary(run) == Summary(added: lockedIsReadable ? 6 : 5, skipped: skipped.count), "\(run)")

        #expect(try corpus.run("search", ["法治政府建设"]).status == 0)
        let lockedSearch = try corpus.run("search", ["独角兽"])
        #expect(lockedSearch.status == (lockedIsReadable ? 0 : 1), "\(lockedSearch)")
        #expect(try corpus.run("search", ["law"]).status == 1, "the binary file's text is not indexed")
    }

    @Test("re-running skips unchanged files, replaces changed ones and removes vanished ones")
    func incremental() throws {
        let corpus = try CorpusCopy()
        defer { corpus.remove() }
        try corpus.index()

        let again = try corpus.index()
        #expect(Summary(again) == Summary(unchanged: 5), "\(again)")

        let cixi = corpus.url("Corpus/cixi-2023.txt")
        try append("\n量子纠缠观测站建成投用。\n", to: cixi)
        let updated = try corpus.index()
        #expect(Summary(updated) == Summary(updated: 1, unchanged: 4), "\(updated)")
        let found = try corpus.searchJSON(["量子纠缠观测站"])
        #expect(found.map(\.path) == ["Corpus/cixi-2023.txt"])
        #expect(found.first?.text == "量子纠缠观测站建成投用。")

        try FileManager.default.removeItem(at: corpus.url("Corpus/yangxiang-2021.txt"))
        let removed = try corpus.index()
        #expect(Summary(removed) == Summary(removed: 1, unchanged: 4), "\(removed)")
        #expect(try corpus.searchJSON(["法治"]).allSatisfy { $0.path != "Corpus/yangxiang-2021.txt" })
        let stats = try corpus.run("stats", ["--json"])
        #expect(stats.stdout.contains("\"documents\":4"), "\(stats)")
    }

    @Test("show warns on stderr when the cited file changed or vanished since it was indexed")
    func showStaleFile() throws {
        let corpus = try CorpusCopy()
        defer { corpus.remove() }
        try corpus.index()
        let citation = try #require(corpus.searchJSON(["法治政府建设"], limit: 1).first?.citation)
        let fresh = try corpus.run("show", [citation])
        #expect(fresh.status == 0 && fresh.stderr.isEmpty, "\(fresh)")

        let path = String(citation.prefix { $0 != ":" })
        try append("\n新增的一行。\n", to: corpus.url(path))
        let changed = try corpus.run("show", [citation])
        #expect(changed.status == 0, "\(changed)")
        #expect(changed.stderrLines.count == 1, "\(changed)")
        #expect(changed.stderr.contains(path) && changed.stderr.contains("changed"), "\(changed)")

        try FileManager.default.removeItem(at: corpus.url(path))
        let vanished = try corpus.run("show", [citation])
        #expect(vanished.status == 0, "\(vanished)")
        #expect(vanished.stderrLines.count == 1 && vanished.stderr.contains(path), "\(vanished)")
    }

    @Test("--rebuild builds the index again from scratch")
    func rebuild() throws {
        let corpus = try CorpusCopy()
        defer { corpus.remove() }
        try corpus.index()
        let before = try corpus.run("search", ["--json", "--limit", "0", "法治"])
        let rebuilt = try corpus.index(["--rebuild"])
        #expect(Summary(rebuilt) == Summary(added: 5), "\(rebuilt)")
        let after = try corpus.run("search", ["--json", "--limit", "0", "法治"])
        #expect(after.status == 0)
        #expect(after.stdout == before.stdout)
    }

    @Test("a file that is not an index is refused, left alone, and replaced only by --rebuild")
    func foreignFileAtIndexPath() throws {
        let corpus = try CorpusCopy()
        defer { corpus.remove() }
        try Data("hello".utf8).write(to: URL(fileURLWithPath: corpus.indexPath))

        let search = try corpus.run("search", ["法治"])
        #expect(search.status == 2, "\(search)")
        #expect(search.stderrLines.count == 1, "\(search)")
        #expect(search.stderr.contains("--rebuild"), "\(search)")

        let index = try corpus.run("index", ["Corpus"])
        #expect(index.status == 2, "\(index)")
        #expect(index.stderr.contains("--rebuild"), "\(index)")
        #expect(try String(contentsOfFile: corpus.indexPath, encoding: .utf8) == "hello")

        let rebuilt = try corpus.index(["--rebuild"])
        #expect(Summary(rebuilt) == Summary(added: 5), "\(rebuilt)")
        #expect(try corpus.run("search", ["法治"]).status == 0)
    }

    private func append(_ text: String, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }
}
