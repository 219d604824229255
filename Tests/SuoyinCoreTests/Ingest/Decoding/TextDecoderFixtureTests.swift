import Foundation
import Testing
@testable import SuoyinCore

/// One committed file per encoding (see Fixtures/encodings/README.md): each must be detected
/// as its encoding and decode to exactly the UTF-8 reference text.
@Suite("Decoding the committed fixtures")
struct TextDecoderFixtureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var encoding: TextEncoding
        var reference: String
        var hasByteOrderMark = false
        var crlf = false
        var testDescription: String { file }
    }

    static let documents: [Case] = [
        Case(file: "simplified.utf8.txt", encoding: .utf8, reference: "simplified.utf8.txt"),
        Case(file: "simplified.utf8-bom.txt", encoding: .utf8, reference: "simplified.utf8.txt", hasByteOrderMark: true),
        Case(file: "simplified.utf16le-bom.txt", encoding: .utf16LE, reference: "simplified.utf8.txt",
             hasByteOrderMark: true),
        Case(file: "simplified.utf16be-bom.txt", encoding: .utf16BE, reference: "simplified.utf8.txt",
             hasByteOrderMark: true),
        Case(file: "simplified.gb18030.txt", encoding: .gb18030, reference: "simplified.utf8.txt"),
        Case(file: "simplified.gbk-crlf.txt", encoding: .gb18030, reference: "simplified.utf8.txt", crlf: true),
        Case(file: "traditional.big5.txt", encoding: .big5, reference: "traditional.utf8.txt"),
        Case(file: "traditional.gb18030.txt", encoding: .gb18030, reference: "traditional.utf8.txt"),
        Case(file: "mixed.gb18030.txt", encoding: .gb18030, reference: "mixed.utf8.txt"),
    ]

    @Test("document fixture is detected and decoded exactly", arguments: documents)
    func document(_ fixture: Case) throws {
        var expected = try EncodingFixtures.text(fixture.reference)
        if fixture.crlf { expected = expected.replacingOccurrences(of: "\n", with: "\r\n") }
        let decoded = try TextDecoder.decode(EncodingFixtures.bytes(fixture.file))
        #expect(decoded.encoding == fixture.encoding)
        #expect(decoded.hasByteOrderMark == fixture.hasByteOrderMark)
        #expect(decoded.replacements == 0)
        // Compare scalars, not Characters: String == would equate canonically equivalent text.
        #expect(Array(decoded.text.unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test("line endings are kept as they are: CRLF stays CRLF")
    func crlfKept() throws {
        let decoded = try TextDecoder.decode(EncodingFixtures.bytes("simplified.gbk-crlf.txt"))
        let lines = try EncodingFixtures.text("simplified.utf8.txt").filter { $0 == "\n" }.count
        #expect(decoded.text.utf8.filter { $0 == 0x0D }.count == lines)
        #expect(decoded.text.utf8.filter { $0 == 0x0A }.count == lines)
    }

    @Test("a few characters are enough to tell GB18030 from Big5", arguments: [
        ("short-fazhi.gb18030.txt", TextEncoding.gb18030, "法治政府"),
        ("short-fazhi.big5.txt", .big5, "法治政府"),
        ("short-taiwan.gb18030.txt", .gb18030, "臺灣"),
        ("short-taiwan.big5.txt", .big5, "臺灣"),
    ])
    func short(file: String, encoding: TextEncoding, text: String) throws {
        let decoded = try TextDecoder.decode(EncodingFixtures.bytes(file))
        #expect(decoded.encoding == encoding)
        #expect(decoded.text == text)
    }

    @Test("two invalid bytes in UTF-8 become two U+FFFD and are counted")
    func invalidBytes() throws {
        let expected = try EncodingFixtures.text("simplified.utf8.txt")
            .replacingOccurrences(of: "2024-02-29", with: "2024\u{FFFD}02\u{FFFD}29")
        let decoded = try TextDecoder.decode(EncodingFixtures.bytes("simplified.utf8-invalid.txt"))
        #expect(decoded.encoding == .utf8)
        #expect(decoded.replacements == 2)
        #expect(decoded.text == expected)
    }

    @Test("Data and [UInt8] inputs decode the same")
    func dataInput() throws {
        let bytes = try EncodingFixtures.bytes("traditional.big5.txt")
        #expect(try TextDecoder.decode(Data(bytes)) == TextDecoder.decode(bytes))
    }
}
