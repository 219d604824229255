import Testing
import TestSupport
@testable import SuoyinCore

/// Lines longer than the reader's window are read a window at a time; the
/// passages must be exactly those of reading each line whole.
@Suite("PassageLineReader: windows over long lines")
struct LongLineWindowTests {
    /// The passages of `text` read with windows of `windowBytes` bytes.
    private func passages(_ text: String, maxLength: Int, windowBytes: Int) -> [Passage] {
        var text = text
        text.makeContiguousUTF8()
        var reader = PassageLineReader(maxLength: maxLength, windowBytes: windowBytes)
        text.utf8.withContiguousStorageIfAvailable { reader.read($0) }
        return reader.passages
    }

    @Test("random lines of Han text, punctuation, spaces and headings give the same passages with any window")
    func windowsChangeNothing() {
        var random = SplitMix64(seed: 12)
        let pieces = ["法治", "政府", "建设", "。", "；", "，", " ", "　", "”", "！？", "GDP", "2022年", "\u{FFFD}", "𠀀"]
        for _ in 0..<40 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                var line = ["", "一、", "（二）", "  "].randomElement(using: &random)!
                for _ in 0..<Int.random(in: 0...1500, using: &random) { line += pieces.randomElement(using: &random)! }
                lines.append(line)
            }
            let text = lines.joined(separator: ["\n", "\r\n", "\r"].randomElement(using: &random)!)
            let maxLength = [5, 20, 300].randomElement(using: &random)!
            let whole = passages(text, maxLength: maxLength, windowBytes: .max)
            for window in [1, 7, 64, 1000] {
                #expect(passages(text, maxLength: maxLength, windowBytes: window) == whole,
                        "window \(window), maxLength \(maxLength): \(text.debugDescription)")
            }
        }
    }

    @Test("a 3 MB line without sentence ends is cut at the limit, with exact offsets, through the default window")
    func longLine() {
        let line = String(repeating: "法治政府建设", count: 175_000)  // 1,050,000 scalars, 3.15 MB
        let found = PassageSplitter().passages(in: line + "\n尾")
        #expect(found.count == 3_501)
        #expect(found.dropLast().allSatisfy { $0.end - $0.start == 300 && $0.line == 1 })
        #expect(found[1].column == 301 && found[1].text == String(line.unicodeScalars.dropFirst(300).prefix(300)))
        #expect(found.last == Passage(line: 2, column: 1, start: 1_050_001, end: 1_050_002, text: "尾", section: []))
    }
}
