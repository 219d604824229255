import Testing
@testable import SuoyinCore

/// The charset declared by `html`, given as bytes.
private func charset(_ html: String) -> String? {
    HTMLTextExtractor.declaredCharset(in: Array(html.utf8))
}

@Suite("HTMLCharsetSniffer")
struct HTMLCharsetSnifferTests {
    @Test("a byte order mark wins over any declaration")
    func byteOrderMarks() {
        #expect(HTMLTextExtractor.declaredCharset(in: [0xEF, 0xBB, 0xBF] + Array("<meta charset=gbk>".utf8)) == "utf-8")
        #expect(HTMLTextExtractor.declaredCharset(in: [0xFF, 0xFE, 0x3C, 0x00]) == "utf-16le")
        #expect(HTMLTextExtractor.declaredCharset(in: [0xFE, 0xFF, 0x00, 0x3C]) == "utf-16be")
        #expect(HTMLTextExtractor.declaredCharset(in: [0x84, 0x31, 0x95, 0x33, 0x3C]) == "gb18030")
    }

    @Test("<meta> declarations are found in their usual spellings", arguments: [
        (#"<meta charset="gb2312">"#, "gb2312"),
        (#"<META CHARSET=GBK />"#, "gbk"),
        (#"<meta charset=' Big5 '>"#, "big5"),
        (#"<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />"#, "gb2312"),
        (#"<meta content="text/html;charset=GB18030" http-equiv="content-type">"#, "gb18030"),
        (#"<meta http-equiv=Content-Type content='text/html; charset = "utf-8"'>"#, "utf-8"),
        (#"<meta charset="utf-16">"#, "utf-8"),
    ])
    func declarations(html: String, expected: String) {
        #expect(charset("<!DOCTYPE html><html><head>" + html) == expected)
    }

    @Test("an XML declaration at the very start counts")
    func xmlDeclaration() {
        #expect(charset(#"<?xml version="1.0" encoding="GBK"?><html><meta charset=utf-8>"#) == "gbk")
        #expect(charset(#"<?xml version="1.0"?><meta charset=big5>"#) == "big5")
    }

    @Test("no declaration, or one the sniffer must not believe, gives nil", arguments: [
        "<html><head><title>无</title></head>",
        #"<meta name="keywords" content="charset=gbk">"#,
        #"<meta http-equiv="refresh" content="0; charset=gbk">"#,
        #"<!-- <meta charset="big5"> -->"#,
        #"<script>document.write('<meta charset="big5">')</script>"#,
        #"<meta charset="">"#,
        "",
    ])
    func noDeclaration(html: String) {
        #expect(charset(html) == nil)
    }

    @Test("the first declaration wins, and a commented-out one is skipped")
    func firstWins() {
        #expect(charset(#"<!-- <meta charset="big5"> --><meta charset="gbk"><meta charset="utf-8">"#) == "gbk")
    }

    @Test("only the first 4096 bytes are searched, read as ASCII whatever the encoding")
    func prefixOnly() {
        let padding = "<meta name=description content=\"" + String(repeating: "法", count: 1400) + "\">"
        #expect(padding.utf8.count > 4096)
        #expect(charset(padding + "<meta charset=gbk>") == nil)
        let gbBytes: [UInt8] = Array("<title>".utf8) + [0xB7, 0xA8, 0xD6, 0xCE] + Array("</title><meta charset=gb2312>".utf8)
        #expect(HTMLTextExtractor.declaredCharset(in: gbBytes) == "gb2312")
    }
}
