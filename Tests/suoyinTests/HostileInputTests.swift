import Foundation
import Testing

/// The built binary against hostile files, names and arguments: nothing stops
/// a run, and nothing it prints can forge a line or drive the terminal.
@Suite("hostile input", .serialized)
struct HostileInputTests {
    @Test("a .docx whose end record points past the end is skipped with a warning and the run goes on")
    func damagedDocx() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let eocd: [UInt8] = [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, 0x2E, 0, 0, 0, 0xE8, 0x03, 0, 0, 0, 0]
        try Data(eocd).write(to: copy.url("Corpus/bad.docx"))
        let run = try copy.run("index", ["Corpus"])
        #expect(run.status == 0)
        #expect(run.stderrLines.first
                == "Corpus/bad.docx: warning: not a valid .docx file (its ZIP central directory lies past the end of the file); skipped")
        #expect(run.stderr.contains("5 added"))
    }

    @Test("search --limit and --offset beyond any index are clamped, not a crash")
    func hugeLimits() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        _ = try copy.run("index", ["Corpus"])
        let all = try copy.run("search", ["--json", "--limit", "0", "法治政府建设"])
        for limit in ["10000000000", "4611686018427387904", "9223372036854775807"] {
            let run = try copy.run("search", ["--json", "--limit", limit, "法治政府建设"])
            #expect(run.status == 0 && run.stdout == all.stdout, "--limit \(limit)")
        }
        let deep = try copy.run("search", ["--offset", "9223372036854775807", "法治政府建设"])
        #expect(deep.status == 0 && deep.stdout.isEmpty, "\(deep)")
        #expect(deep.stderrLines == ["suoyin: no results at --offset 9223372036854775807: the query matched 46 passages in 5 documents."])
        let beyond = try copy.run("search", ["--limit", "9223372036854775808", "法治"])
        #expect(beyond.status == 2)
    }

    @Test("quotes with combining marks are no FTS5 syntax, and no error advises a rebuild")
    func quotes() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        _ = try copy.run("index", ["Corpus"])
        for query in ["a\"\u{301}b", "「x\"\u{301} ) \"\u{301}」"] {
            let run = try copy.run("search", [query])
            #expect(run.status == 1 && run.stderr.isEmpty, "\(query.debugDescription): \(run)")
        }
    }

    @Test("a file name with a newline and an escape sequence is indexed and printed escaped everywhere")
    func controlCharactersInNames() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let name = "a\nb\u{1B}[31m.txt"
        try Data("依法行政的独特段落。\n".utf8).write(to: copy.url("Corpus/" + name))
        try Data().write(to: copy.url("Corpus/e\u{1B}]0;x\u{7}.txt"))
        let index = try copy.run("index", ["Corpus"])
        #expect(index.stderrLines.first == #"Corpus/e\x1B]0;x\x07.txt: warning: empty file; skipped"#)
        let search = try copy.run("search", ["依法行政的独特段落"])
        #expect(search.stdoutLines == [#"1. Corpus/a\nb\x1B[31m.txt:1:1  a\nb\x1B[31m.txt"#, "   【依法行政的独特段落】。",
                                       "1 of 1 passage in 1 document"])
        let json = try copy.run("search", ["--json", "依法行政的独特段落"])
        #expect(json.stdout.contains(#""path":"Corpus\/a\nb\u001b[31m.txt""#) || json.stdout.contains(#""path":"Corpus/a\nb\u001b[31m.txt""#))
        let show = try copy.run("show", ["Corpus/" + name + ":1"])
        #expect(show.stdoutLines.first == #"a\nb\x1B[31m.txt"#)
        let missing = try copy.run("show", ["Corpus/x\u{1B}[2J.txt:1"])
        #expect(missing.stderr.contains(#"'Corpus/x\x1B[2J.txt' is not in the index"#))
        #expect(!missing.stderr.contains("\u{1B}"))
    }

    @Test("a named path that is not UTF-8 is reported as such, with its bytes escaped")
    func nonUTF8NamedPath() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", #"name=$(printf 'caf\351.txt'); printf '中文' > "$name"; "$0" index --index i.sqlite "$name" 2>&1"#,
                             SuoyinProcess.binary]
        process.currentDirectoryURL = copy.folder
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.hasPrefix(#"caf\xE9.txt: error: file name is not valid UTF-8; rename it to index it; skipped"#), "\(text)")
    }

    @Test("a FIFO and a link to /dev/zero named on the command line are skipped at once, and --max-file-size is checked")
    func specialFiles() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        #expect(mkfifo(copy.url("x.txt").path, 0o644) == 0)
        #expect(symlink("/dev/zero", copy.url("z.txt").path) == 0)
        let run = try copy.run("index", ["x.txt", "z.txt", "Corpus/cixi-2023.txt"])
        #expect(run.stderrLines.prefix(2) == [
            "x.txt: warning: a FIFO, not a regular file; skipped", "z.txt: warning: a device, not a regular file; skipped",
        ])
        #expect(run.stderr.contains("1 added"))
        #expect(try copy.run("index", ["--max-file-size", "0", "Corpus"]).status == 2)
    }
}
