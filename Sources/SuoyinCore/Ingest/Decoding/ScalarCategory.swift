import TextAnalysis

/// How typical a non-ASCII character is of Chinese text, for telling real decodings from garbage.
///
/// The common Han characters are not an embedded list: they are read from the code tables
/// themselves on first use. GB2312 level 1 (B0A1–D7F9) holds the 3,755 most frequent
/// simplified characters and Big5 level 1 (A440–C67E) the 5,401 frequent traditional ones;
/// their level 2 blocks (D8A1–F7FE, C940–F9D5) are the less frequent ones.
enum ScalarCategory: UInt8, Sendable {
    case ascii, commonHan, lessCommonHan, rareHan, punctuation, symbol, otherScript, foreign
    case privateUse, control, replacement

    /// The score of one such character: common Han and Chinese punctuation count for,
    /// characters that garbage decodings produce (private use, kana, rare Han) count against.
    var weight: Double {
        switch self {
        case .commonHan, .punctuation: 1
        case .lessCommonHan: 0.5
        case .ascii, .symbol, .otherScript: 0
        case .rareHan, .foreign: -0.5
        case .privateUse: -2
        case .control, .replacement: -3
        }
    }

    /// The category of `value`, a Unicode scalar value.
    init(_ value: UInt32) {
        if value < 0x1_0000 {
            self = Self.table[Int(value)]
        } else if value < 0x3_1350 {
            self = .rareHan  // planes 2 and 3: CJK extensions B–H
        } else if value >= 0xF_0000 {
            self = .privateUse
        } else {
            self = .otherScript
        }
    }

    /// One category per BMP scalar, built once.
    private static let table: [ScalarCategory] = {
        var table = [ScalarCategory](repeating: .otherScript, count: 0x1_0000)
        for (range, category) in basicMultilingualPlane {
            for value in range { table[Int(value)] = category }
        }
        let lessCommon = hanzi(gb18030Rows: 0xD8...0xF7) + hanzi(big5From: 0xC940, to: 0xF9D5)
        let common = hanzi(gb18030Rows: 0xB0...0xD7) + hanzi(big5From: 0xA440, to: 0xC67E)
        for value in lessCommon where table[Int(value)] == .rareHan { table[Int(value)] = .lessCommonHan }
        for value in common where value < 0x1_0000 { table[Int(value)] = .commonHan }
        return table
    }()

    /// Ranges by Unicode block, later entries overriding earlier ones; the rest is `otherScript`.
    ///
    /// `foreign` is the letters that the two-byte areas of GB18030 and Big5 carry besides Han
    /// (Latin with accents, Greek, Cyrillic, kana, bopomofo, radicals, vertical forms): rare in
    /// Chinese text, frequent when one encoding is read as the other. Other scripts (Arabic,
    /// Mongolian, Tibetan, Hangul) are reachable only through GB18030's four-byte sequences,
    /// which misread Big5 never forms, so they are neutral: a Uyghur document is not garbage.
    private static let basicMultilingualPlane: [(ClosedRange<UInt32>, ScalarCategory)] = [
        (0x0000...0x007F, .ascii),
        (0x0080...0x009F, .control),
        (0x00A0...0x00BF, .symbol), (0x00C0...0x02FF, .foreign), (0x00D7...0x00D7, .symbol),
        (0x00F7...0x00F7, .symbol), (0x00B7...0x00B7, .punctuation),
        (0x0370...0x052F, .foreign),  // Greek, Cyrillic
        (0x1E00...0x1EFF, .foreign),  // more accented Latin, as in pinyin
        (0x2000...0x2BFF, .symbol),  // punctuation, letterlike, arrows, math, ①, boxes, shapes
        (0x2010...0x2027, .punctuation),  // dashes, quotes, ellipsis, ‧
        (0x3000...0x303F, .punctuation),  // 、。《》「」【】〇 and the ideographic space
        (0x2E80...0x2FDF, .foreign),  // radicals
        (0x3040...0x312F, .foreign), (0x31A0...0x31BF, .foreign), (0x31F0...0x31FF, .foreign),  // kana, bopomofo
        (0x3200...0x33FF, .symbol),  // ㈠ ㊣ ㎡
        (0xD800...0xDFFF, .control),
        (0xE000...0xF8FF, .privateUse),
        (0xFE10...0xFE4F, .foreign),  // vertical and compatibility forms
        (0xFE50...0xFE6F, .symbol),  // small forms
        (0xFF01...0xFF60, .punctuation),  // ，：；（）！？ and full-width letters and digits
        (0xFF61...0xFF9F, .foreign),  // half-width katakana
        (0xFFE0...0xFFEE, .symbol),  // ￥ ￡
        (0xFFF0...0xFFFF, .control),
        (0xFFFD...0xFFFD, .replacement),
    ] + HanScript.basicMultilingualPlane.map { ($0, .rareHan) }  // overlaps none of the above

    /// The scalars of all GB2312 code points in `rows` (trail bytes A1–FE).
    private static func hanzi(gb18030Rows rows: ClosedRange<UInt8>) -> [UInt32] {
        var bytes: [UInt8] = []
        for lead in rows {
            for trail: UInt8 in 0xA1...0xFE { bytes += [lead, trail] }
        }
        return decodedScalars(bytes, iconvName: "GB18030")
    }

    /// The scalars of the Big5 code points from `first` to `last`.
    private static func hanzi(big5From first: UInt16, to last: UInt16) -> [UInt32] {
        var bytes: [UInt8] = []
        for lead in UInt8(first >> 8)...UInt8(last >> 8) {
            for trail in Big5Decoder.trailBytes where (first...last).contains((UInt16(lead) << 8) + UInt16(trail)) {
                bytes += [lead, trail]
            }
        }
        return decodedScalars(bytes, iconvName: "BIG5")
    }

    /// Decodes pairs with iconv; unassigned pairs turn into U+FFFD, which is dropped.
    private static func decodedScalars(_ bytes: [UInt8], iconvName: String) -> [UInt32] {
        guard let converter = IconvDecoder(from: iconvName) else { return [] }
        let output = bytes.withUnsafeBufferPointer { converter.decode($0) }
        return String(decoding: output.utf8, as: UTF8.self).unicodeScalars
            .map(\.value).filter { $0 != 0xFFFD && $0 >= 0x80 }
    }
}
