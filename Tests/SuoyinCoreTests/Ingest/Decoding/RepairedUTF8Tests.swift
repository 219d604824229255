import Testing
@testable import SuoyinCore

/// UTF-8 Chinese text with a few bad bytes is indexed with U+FFFD, whatever its size.
@Suite("Decoding: repaired UTF-8")
struct RepairedUTF8Tests {
    @Test("a 90-byte file with two invalid bytes among 28 Chinese characters and 4 digits is UTF-8 with two replacements")
    func smallFile() throws {
        let bytes = Array("依法行政工作报告。法治".utf8) + [0xFF] + Array("政府建设情况，全面推进。".utf8) + [0xE4]
            + Array("严格执法2022。".utf8)
        #expect(bytes.count == 90)
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded == DecodedText(
            text: "依法行政工作报告。法治\u{FFFD}政府建设情况，全面推进。\u{FFFD}严格执法2022。", encoding: .utf8, replacements: 2))
    }

    @Test("too little valid text to be sure is still refused, and GB18030 is still GB18030")
    func notClearlyUTF8() throws {
        // Twelve characters and two bad bytes: fewer than ten valid sequences per invalid one.
        #expect(throws: DecodingFailure.self) {
            try TextDecoder.decode(Array("政府工作报告".utf8) + [0xE4] + Array("法治政府建设".utf8) + [0xFF])
        }
        let gb = try #require(EncodingFixtures.encode("依法行政工作报告，法治政府建设情况，全面推进严格执法。", as: "GB18030"))
        #expect(try TextDecoder.decode(gb).encoding == .gb18030)
    }
}
