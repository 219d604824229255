import Testing
@testable import SuoyinCore

/// The pieces under ``TextDecoder``, each alone.
@Suite("Decoder parts")
struct DecoderPartsTests {
    @Test("UTF8Scan counts exactly the U+FFFD that String(decoding:) inserts")
    func scanMatchesStandardLibrary() {
        var random = EncodingFixtures.Random(seed: 7)
        // Valid pieces mixed with stray continuation, lead and out-of-range bytes.
        let pieces: [[UInt8]] = [
            [0x41], Array("中".utf8), Array("é".utf8), Array("𠮷".utf8),
            [0x80], [0xE4, 0xB8], [0xF0, 0x9F], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF],
        ]
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 1...40, using: &random)).flatMap { _ in pieces.randomElement(using: &random)! }
            let repaired = String(decoding: bytes, as: UTF8.self)
            let scan = bytes.withUnsafeBufferPointer { UTF8Scan($0) }
            #expect(scan.invalid == repaired.unicodeScalars.filter { $0 == "\u{FFFD}" }.count, "\(bytes)")
            #expect(scan.characters == repaired.unicodeScalars.count, "\(bytes)")
        }
    }

    @Test("Big5 keeps the Windows symbols and adds the Hong Kong and ETEN characters", arguments: [
        ([0xA1, 0xE3], "～"), ([0xA1, 0x45], "‧"), ([0xA2, 0x44], "￥"),  // BIG5-HKSCS alone: ∼ • ¥
        ([0xA1, 0x5A], "╴"),  // only in BIG5
        ([0xC6, 0xA1], "①"), ([0xC6, 0xE8], "あ"),  // BIG5 alone: private use
        ([0x88, 0x62], "Ê̄"),  // HKSCS, two scalars
        ([0xC6, 0xCF], "\u{F6DF}"),  // ETEN pair that HKSCS lacks: BIG5's private-use mapping
        ([0xA4, 0x40], "一"), ([0xBB, 0x4F, 0xC6, 0x57], "臺灣"),
    ] as [([UInt8], String)])
    func big5Table(bytes: [UInt8], text: String) throws {
        let decoded = try #require(bytes.withUnsafeBufferPointer { Big5Decoder.shared?.decode($0) })
        #expect(decoded.replacements == 0)
        #expect(Array(String(decoding: decoded.utf8, as: UTF8.self).unicodeScalars) == Array(text.unicodeScalars))
    }

    @Test("a bad Big5 pair is one replacement; an ASCII trail byte survives", arguments: [
        ([0xA4, 0x41, 0xFF], "乙\u{FFFD}"),
        ([0xA4, 0x0A], "\u{FFFD}\n"),
        ([0xA4, 0x30, 0x31], "\u{FFFD}01"),  // 0x30 is not a trail byte
        ([0xA3, 0xE1 + 1, 0x41], "\u{FFFD}A"),  // unassigned pair: both bytes go
        ([0x80, 0xA4, 0x40], "\u{FFFD}一"),
    ] as [([UInt8], String)])
    func big5Invalid(bytes: [UInt8], text: String) throws {
        let decoded = try #require(bytes.withUnsafeBufferPointer { Big5Decoder.shared?.decode($0) })
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == text)
        #expect(decoded.replacements == text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count)
    }

    @Test("iconv GB18030 decoding replaces a bad byte and resynchronises on the next ASCII")
    func gb18030Invalid() throws {
        let bytes: [UInt8] = [0xD6, 0xD0, 0xFF, 0xCE, 0xC4, 0xD6, 0x0A, 0x81, 0x30, 0x41]
        let decoded = try #require(bytes.withUnsafeBufferPointer { TextEncoding.gb18030.decode($0) })
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "中\u{FFFD}文\u{FFFD}\n\u{FFFD}0A")
        #expect(decoded.replacements == 3)
    }

    @Test("common Han characters come from GB2312 and Big5 level 1")
    func categories() {
        func category(_ scalar: Unicode.Scalar) -> ScalarCategory { ScalarCategory(scalar.value) }
        #expect(category("的") == .commonHan)  // GB2312 level 1
        #expect(category("臺") == .commonHan)  // Big5 level 1 only
        #expect(category("亍") == .lessCommonHan)  // GB2312 level 2
        #expect(category("丂") == .rareHan)  // GBK only
        #expect(category("𠮷") == .rareHan)
        #expect(category("，") == .punctuation)
        #expect(category("。") == .punctuation)
        #expect(category("①") == .symbol)
        #expect(category("あ") == .foreign)
        #expect(category("\u{E000}") == .privateUse)
        #expect(category("\u{85}") == .control)
        #expect(category("\u{FFFD}") == .replacement)
    }

    @Test("the level 1 blocks hold 3,755 simplified and 5,401 traditional characters")
    func commonCounts() {
        let common = (0x4E00...0x9FFF).filter { ScalarCategory(UInt32($0)) == .commonHan }.count
        // Their union: the shared forms are counted once.
        #expect(common > 5_401 && common < 3_755 + 5_401)
    }

    @Test("Chinese text scores near 1, garbage much lower")
    func scores() {
        func score(_ text: String) -> Double {
            Array(text.utf8).withUnsafeBufferPointer { PlausibilityScore(utf8: $0).value }
        }
        #expect(score("法治政府建设，臺灣地區。") == 1)
        #expect(score("abc") == 0)
        #expect(score("\u{E000}あ\u{FFFD}") < -1)
    }
}
