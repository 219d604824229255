import Testing
@testable import SuoyinCore

/// What reaches a terminal from a path, citation or passage: one truth table.
@Suite("TerminalText")
struct TerminalTextTests {
    @Test("control, C1 and bidirectional characters are escaped; everything else is kept", arguments: [
        ("Corpus/报告.txt", "Corpus/报告.txt"),                   // nothing to escape
        ("a\nb.txt", #"a\nb.txt"#),                               // a newline would forge a line
        ("a\r\tb", #"a\r\tb"#),
        ("x\u{1B}[31mred", #"x\x1B[31mred"#),                     // terminal escape
        ("\u{9B}31m", #"\x9B31m"#),                               // C1 CSI
        ("a\u{7F}", #"a\x7F"#),
        ("abc\u{202E}txt.exe", #"abc\u{202E}txt.exe"#),           // right-to-left override
        ("line\u{2028}sep", #"line\u{2028}sep"#),
        (#"C:\x"#, #"C:\x"#),                                     // backslashes stay: escaping is idempotent
    ])
    func escapes(text: String, printed: String) {
        #expect(TerminalText.escaped(text) == printed)
        #expect(TerminalText.escaped(printed) == printed)
    }

    @Test("bytes that are not UTF-8 are shown as \\xHH, valid scalars around them kept")
    func bytes() {
        #expect(TerminalText.escaped(bytes: Array("caf".utf8) + [0xE9] + Array(".txt".utf8)) == #"caf\xE9.txt"#)
        #expect(TerminalText.escaped(bytes: [0xE4, 0xB8] + Array("中\n".utf8)) == #"\xE4\xB8中\n"#)
        #expect(TerminalText.escaped(bytes: [0xFF, 0xFE]) == #"\xFF\xFE"#)
    }

    @Test("a diagnostic prints its path escaped")
    func diagnostic() {
        #expect(Diagnostic(path: "a\nb.txt", message: "empty file; skipped").description
                == #"a\nb.txt: warning: empty file; skipped"#)
    }
}
