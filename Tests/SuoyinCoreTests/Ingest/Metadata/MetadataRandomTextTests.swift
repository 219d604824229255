import Testing
import TestSupport
@testable import SuoyinCore


@Suite("ChromeRules and MetadataExtractor on random and edge text")
struct MetadataRandomTextTests {
    /// Pieces of labels, dates, names and chrome, both widths of punctuation,
    /// blanks and line ends, combining marks, emoji, U+FFFD and NUL.
    private static let alphabet: [String] = [
        "发布日期", "發佈時間", "来源", "信息来源", "日期", ":", "：", " ", "\u{3000}", "\t", "\n", "\n", "\r\n",
        "2024", "2023", "02", "29", "30", "-", "/", ".", "年", "月", "日", "二〇二一", "十二", "十七", "三十",
        "人民政府", "司法局", "办公室", "关于", "某县", "本站", "版权所有", "首页", ">", "|", "【", "】", "打印",
        "。", "，", ",", "e\u{301}", "👩‍👩‍👧", "𠀀", "\u{FFFD}", "\u{0}", "\u{2028}",
    ]

    private static func randomTexts(seed: UInt64, count: Int) -> [String] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...60, using: &generator)
            return (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
        }
    }

    @Test("metadata is always a real ISO date and a trimmed name of at most 40 scalars")
    func metadataShape() throws {
        for text in Self.randomTexts(seed: 2024, count: 2000) {
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            let metadata = MetadataExtractor.metadata(lines: lines, title: lines.first.map(String.init))
            if let date = metadata.date {
                let parts = date.split(separator: "-").map { Int($0) }
                #expect(date.utf8.count == 10 && parts.count == 3, "\(date)")
                #expect(DocumentDate(year: parts[0] ?? 0, month: parts[1] ?? 0, day: parts[2] ?? 0)?.description == date)
            }
            if let issuer = metadata.issuer {
                #expect((2...40).contains(issuer.unicodeScalars.count), "\(issuer)")
                #expect(!issuer.unicodeScalars.contains { ScalarTraits.isWhitespace($0) && $0 != " " }, "\(issuer.debugDescription)")
                #expect(!issuer.contains("  "), "\(issuer.debugDescription)")
                #expect(issuer.unicodeScalars.first.map(ScalarTraits.isWhitespace) == false)
                #expect(issuer.unicodeScalars.last.map(ScalarTraits.isWhitespace) == false)
            }
        }
    }

    @Test("chrome does not depend on surrounding blanks, colon width or bracket shape")
    func chromeInvariance() {
        for text in Self.randomTexts(seed: 7, count: 2000) {
            for line in text.split(whereSeparator: \.isNewline) {
                let chrome = ChromeRules.isChrome(line)
                #expect(ChromeRules.isChrome(("\u{3000} " + line + " \t")[...]) == chrome, "\(line)")
                let swapped = String(line).replacingOccurrences(of: "：", with: ":")
                    .replacingOccurrences(of: "【", with: "[").replacingOccurrences(of: "】", with: "]")
                #expect(ChromeRules.isChrome(swapped[...]) == chrome, "\(line)")
            }
        }
    }
}
