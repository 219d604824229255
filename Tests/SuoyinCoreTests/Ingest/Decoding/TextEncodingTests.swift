import Testing
@testable import SuoyinCore

@Suite("Encoding names")
struct TextEncodingTests {
    @Test("user-given names and aliases parse, ignoring case and punctuation", arguments: [
        ("utf8", TextEncoding.utf8), ("UTF-8", .utf8), ("utf-8-sig", .utf8),
        ("UTF-16LE", .utf16LE), ("utf_16_be", .utf16BE),
        ("gb18030", .gb18030), ("GBK", .gb18030), ("GB2312", .gb18030), ("cp936", .gb18030), ("EUC-CN", .gb18030),
        ("big5", .big5), ("Big5-HKSCS", .big5), ("CP950", .big5), ("big5hkscs", .big5),
    ])
    func alias(name: String, encoding: TextEncoding) {
        #expect(TextEncoding(name: name) == encoding)
    }

    @Test("unknown names and byte-order-less UTF-16 are refused", arguments: ["latin1", "shift_jis", "utf-16", "", "gb"])
    func unknown(name: String) {
        #expect(TextEncoding(name: name) == nil)
    }

    @Test("every encoding's raw value parses back to itself")
    func roundTrip() {
        for encoding in TextEncoding.allCases {
            #expect(TextEncoding(name: encoding.rawValue) == encoding)
        }
    }
}
