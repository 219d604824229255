import Foundation
import Testing
@testable import SuoyinCore

/// The decoding policy on edge inputs: empty, forced, binary, broken and very large.
@Suite("Decoding policy")
struct TextDecoderTests {
    let simplified = "法治政府建设情况的报告，发布日期：2024年。\r\n"
    let traditional = "臺灣地區法治政府建設工作總結。\n"

    @Test("empty input is empty UTF-8 text, or empty text in the forced encoding")
    func empty() throws {
        #expect(try TextDecoder.decode([UInt8]()) == DecodedText(text: "", encoding: .utf8))
        #expect(try TextDecoder.decode(Data()) == DecodedText(text: "", encoding: .utf8))
        #expect(try TextDecoder.decode(Data(), forcedEncoding: .big5) == DecodedText(text: "", encoding: .big5))
    }

    @Test("a byte order mark alone is empty text")
    func bomOnly() throws {
        #expect(try TextDecoder.decode([0xEF, 0xBB, 0xBF]) == DecodedText(text: "", encoding: .utf8, hasByteOrderMark: true))
        #expect(try TextDecoder.decode([0xFF, 0xFE]).encoding == .utf16LE)
    }

    @Test("a forced encoding overrides detection")
    func forced() throws {
        let big5 = try #require(EncodingFixtures.encode("臺灣", as: "BIG5"))
        let misread = try TextDecoder.decode(big5, forcedEncoding: .gb18030)
        #expect(misread.encoding == .gb18030)
        #expect(misread.text != "臺灣")
        #expect(try TextDecoder.decode(big5, forcedEncoding: TextEncoding(name: "big5-hkscs")).text == "臺灣")
    }

    @Test("a forced encoding strips its own byte order mark only")
    func forcedBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("中文".utf8)
        let marked = DecodedText(text: "中文", encoding: .utf8, hasByteOrderMark: true)
        #expect(try TextDecoder.decode(bytes, forcedEncoding: .utf8) == marked)
        let gb: [UInt8] = [0x84, 0x31, 0x95, 0x33, 0xD6, 0xD0, 0xCE, 0xC4]
        #expect(try TextDecoder.decode(gb) == DecodedText(text: "中文", encoding: .gb18030, hasByteOrderMark: true))
    }

    @Test("a forced encoding still refuses more than 1% invalid characters")
    func forcedUndecodable() {
        let gb = EncodingFixtures.encode(simplified, as: "GB18030")!
        #expect {
            try TextDecoder.decode(gb, forcedEncoding: .utf8)
        } throws: { error in
            guard case DecodingFailure.undecodable(let reason) = error else { return false }
            return reason.contains("invalid UTF-8")
        }
    }

    @Test("NUL bytes outside UTF-16 mean binary, even with a forced encoding")
    func nulIsBinary() {
        let bytes = Array("法治".utf8) + [0] + Array("政府".utf8)
        #expect(throws: DecodingFailure.binary) { try TextDecoder.decode(bytes) }
        #expect(throws: DecodingFailure.binary) { try TextDecoder.decode(bytes, forcedEncoding: .gb18030) }
    }

    @Test("NUL bytes are normal in UTF-16, but a decoded U+0000 is binary")
    func utf16NUL() throws {
        #expect(try TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x2D, 0x4E]).text == "A中")
        #expect(throws: DecodingFailure.binary) { try TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00]) }
    }

    @Test("random bytes are refused")
    func randomBytes() {
        var random = EncodingFixtures.Random(seed: 42)
        let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }
        #expect(throws: DecodingFailure.binary) { try TextDecoder.decode(noise) }
        let highNoise = (0..<4096).map { _ in UInt8.random(in: 0x80...0xFF, using: &random) }
        #expect(throws: (any Error).self) { try TextDecoder.decode(highNoise) }
    }

    @Test("many stray control bytes mean binary")
    func controls() throws {
        let bytes = Array("法治政府".utf8) + [0x01, 0x02, 0x03]
        #expect(throws: DecodingFailure.binary) { try TextDecoder.decode(bytes) }
        #expect(try TextDecoder.decode(Array("a\tb\u{0C}c\u{1B}[0m\r\n\u{1A}".utf8)).encoding == .utf8)
    }

    @Test("UTF-32 is refused with a reason")
    func utf32() {
        #expect(throws: DecodingFailure.undecodable("UTF-32 text is not supported")) {
            try TextDecoder.decode([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00])
        }
    }

    @Test("a handful of bad bytes in a long UTF-8 file are replaced, not a reason to try GB18030")
    func quietUTF8Repair() throws {
        let line = String(repeating: simplified, count: 200)
        let bytes = Array(line.utf8) + [0xFF] + Array(line.utf8)
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.replacements == 1)
        #expect(decoded.text == line + "\u{FFFD}" + line)
    }

    @Test("UTF-8 with more than a handful of bad bytes still wins when the legacy readings are garbage")
    func noisyUTF8() throws {
        // 30 bad bytes, one per 176 characters: too many to repair quietly, under 1%.
        let bytes: [UInt8] = (0..<30).flatMap { _ in Array(String(repeating: simplified, count: 8).utf8) + [0xFF] }
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.replacements == 30)
    }

    @Test("a GB18030 file of ASCII with one Chinese word is not mistaken for broken UTF-8")
    func mostlyASCII() throws {
        let text = String(repeating: "let x = 1 // code\n", count: 500) + "// 中文注释\n"
        let decoded = try TextDecoder.decode(EncodingFixtures.encode(text, as: "GB18030")!)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == text)
    }

    @Test("a few bad bytes in GB18030 and Big5 are replaced and counted")
    func legacyRepairs() throws {
        let gb = EncodingFixtures.encode(String(repeating: simplified, count: 20), as: "GB18030")!
        let brokenGB = try TextDecoder.decode(Array(gb.prefix(200)) + [0xFF] + gb.dropFirst(200))
        #expect(brokenGB.encoding == .gb18030)
        #expect(brokenGB.replacements == 1)
        let big5 = EncodingFixtures.encode(String(repeating: traditional, count: 20), as: "BIG5")!
        let brokenBig5 = try TextDecoder.decode(Array(big5.prefix(100)) + [0x80] + big5.dropFirst(100))
        #expect(brokenBig5.encoding == .big5)
        #expect(brokenBig5.replacements == 1)
    }

    @Test("a file cut inside its last character gets one replacement at the end")
    func truncated() throws {
        let gb = EncodingFixtures.encode(String(repeating: simplified, count: 20) + "中", as: "GB18030")!
        let decoded = try TextDecoder.decode(Array(gb.dropLast()))
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text.hasSuffix("\u{FFFD}"))
    }

    @Test("Latin-1 text is refused rather than read as Chinese garbage")
    func latin1() {
        let french = [UInt8]("Le café est très agréable. Voilà, déjà la fête à Noël.\n".utf8)
        let latin1 = String(decoding: french, as: UTF8.self).unicodeScalars.map { UInt8($0.value) }
        #expect(throws: (any Error).self) { try TextDecoder.decode(latin1 + latin1 + latin1) }
    }

    @Test("Uyghur and Mongolian in GB18030 (four-byte sequences) are read, not taken for garbage", arguments: [
        "ئۇيغۇرچە تېكىست. مەكتەپ، دوختۇرخانا ۋە ھۆكۈمەت.\n",
        "ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ ᠤᠨ ᠪᠢᠴᠢᠭ\n",
    ])
    func minorityScripts(line: String) throws {
        let text = String(repeating: line, count: 3)
        let decoded = try TextDecoder.decode(EncodingFixtures.encode(text, as: "GB18030")!)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == text)
    }

    @Test("bytes that GB18030 reads as private-use characters, and Big5 not at all, are refused")
    func notChinese() {
        let bytes: [UInt8] = (0..<40).flatMap { [0xFE, UInt8(0xA1 + $0)] }
        #expect {
            try TextDecoder.decode(bytes)
        } throws: { error in
            guard case DecodingFailure.undecodable(let reason) = error else { return false }
            return reason.contains("GB18030: does not look like Chinese text")
        }
    }

    @Test("a 5 MB single line decodes in every encoding", arguments: ["UTF-8", "GB18030", "BIG5"])
    func bigLine(iconvName: String) throws {
        let text = String(repeating: String(traditional.dropLast()), count: 170_000)
        let bytes = try #require(EncodingFixtures.encode(text, as: iconvName))
        #expect(bytes.count > 4_000_000)
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.encoding.rawValue.uppercased() == iconvName)
        #expect(decoded.text.utf8.count == text.utf8.count)
        #expect(decoded.text == text)
    }

    @Test("a 50 MB GB18030 file of many lines decodes", .timeLimit(.minutes(1)))
    func bigFile() throws {
        let paragraph = String(repeating: simplified, count: 100)
        let encoded = try #require(EncodingFixtures.encode(paragraph, as: "GB18030"))
        let copies = 50_000_000 / encoded.count + 1
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encoded.count * copies)
        for _ in 0..<copies { bytes += encoded }
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.replacements == 0)
        #expect(decoded.text == String(repeating: paragraph, count: copies))
    }
}
