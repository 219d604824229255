import Foundation
import Testing

/// Help fits an 80-column terminal, where a Chinese character takes two columns.
@Suite("help width")
struct HelpWidthTests {
    @Test("every help line but the usage line fits 80 columns, Chinese characters counted as two", arguments: [
        [], ["index"], ["search"], ["show"], ["stats"], ["verify"],
    ])
    func fits(command: [String]) throws {
        let run = try SuoyinProcess.run(command + ["--help"], in: SuoyinProcess.packageRoot, environment: ["COLUMNS": "80"])
        #expect(run.status == 0)
        // ArgumentParser never wraps the usage line; the options it lists say the same in the OPTIONS section.
        let wide = run.stdoutLines.filter { !$0.hasPrefix("USAGE:") && Self.columns(of: $0) > 80 }
        #expect(wide == [], "\(command)")
    }

    @Test("columns count East Asian wide characters twice")
    func counting() {
        #expect(Self.columns(of: "suoyin search 法治") == 18)
        #expect(Self.columns(of: "ＧＤＰ，") == 8)
    }

    /// The columns `line` takes on a terminal: two for East Asian wide and full-width characters.
    static func columns(of line: String) -> Int {
        line.unicodeScalars.reduce(0) { total, scalar in
            let wide: [ClosedRange<UInt32>] = [
                0x1100...0x115F, 0x2E80...0x303E, 0x3041...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
                0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD,
            ]
            return total + (wide.contains { $0.contains(scalar.value) } ? 2 : 1)
        }
    }
}
