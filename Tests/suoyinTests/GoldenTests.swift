import Foundation
import Testing

/// The command-line tool's whole output — stdout, stderr and exit status —
/// for a fixed set of runs on `Corpus/`, compared with the files recorded in
/// `Tests/suoyinTests/Golden/` (one per case; see ``GoldenFile`` for the
/// format and what is masked). Any change of output fails with a line diff.
///
/// After a deliberate change, re-record every file with
/// `SUOYIN_RECORD_GOLDEN=1 swift test --filter Golden` and review the diff.
@Suite("Golden output of the suoyin binary")
struct GoldenTests {
    @Test("the output equals its golden file", arguments: GoldenCases.all)
    func matchesGoldenFile(_ golden: GoldenCase) throws {
        try GoldenFile.check(try golden.recordedText(), name: golden.name)
    }

    @Test("every golden file belongs to a case, and every case has a file")
    func noStrayFiles() throws {
        let names = Set(GoldenCases.all.map(\.name))
        #expect(names.count == GoldenCases.all.count, "two cases share a name")
        let stray = try GoldenFile.recordedNames().subtracting(names)
        if GoldenFile.isRecording {
            for name in stray { try FileManager.default.removeItem(at: GoldenFile.url(name)) }
            return
        }
        #expect(stray.sorted() == [], "golden files of no case: remove them or re-record with \(GoldenFile.recordCommand)")
        #expect(names.subtracting(try GoldenFile.recordedNames()).sorted() == [], "cases without a golden file")
    }

    @Test("a changed golden file fails, with the changed line shown as - expected and + actual")
    func diffShowsChangedLines() {
        let diff = LineDiff(expected: "a\nb\nc\nd\ne\nf\n", actual: "a\nb\nc\nD\ne\nf\ng\n").description
        #expect(diff == """
            @@ line 2 of the expected file
              b
              c
            - d
            + D
              e
              f
            + g
            \("  ")
            """)
    }
}
