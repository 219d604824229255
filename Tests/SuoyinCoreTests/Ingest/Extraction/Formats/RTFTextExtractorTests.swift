import Foundation
import Testing
@testable import SuoyinCore

/// The extracted text of the RTF `source` (ASCII: escapes spell the rest).
private func extract(_ source: String) throws -> ExtractedText {
    try RTFTextExtractor.extract(from: Array(source.utf8))
}

/// The failure reason of extracting `bytes`, or nil on success.
private func failure(_ bytes: [UInt8]) -> String? {
    do {
        _ = try RTFTextExtractor.extract(from: bytes)
        return nil
    } catch {
        return error.reason
    }
}

@Suite("RTFTextExtractor")
struct RTFTextExtractorTests {
    @Test("LibreOffice's report.rtf: \\uN text, \\upr/\\ud title, outline headings, list text left out")
    func libreOfficeReport() throws {
        let extracted = try RTFTextExtractor.extract(from: FormatFixtures.bytes("report.rtf"))
        #expect(extracted.text.components(separatedBy: "\n")
                == FormatFixtures.reportHead + ["行政复议案件", "126件"] + FormatFixtures.reportTail)
        #expect(extracted.title == "锡山区2022年法治政府建设工作报告")
        // Line 1 is in the Title style.
        #expect(extracted.headingLevels == [1: 1, 3: 1, 4: 2, 10: 1])
    }

    @Test("legacy-gbk.rtf: GBK \\'hh bytes, a GBK style name, the header, picture and field code left out")
    func gbkReport() throws {
        let extracted = try RTFTextExtractor.extract(from: FormatFixtures.bytes("legacy-gbk.rtf"))
        #expect(extracted.text.components(separatedBy: "\n") == [
            "慈溪市人民政府关于2023年度法治政府建设情况的报告",
            "2023年，我市法治政府建设工作坚持以习近平新时代中国特色社会主义思想为指导，法治政府建设整体水平全面提升。",
            "一、主要举措和成效",
            "（一）全面加强党对法治政府建设的领导。",
            "详见慈溪市人民政府网。",
            "新增行政规范性文件\t12件",
            "慈溪市人民政府",
            "2024年2月29日",
        ])
        #expect(extracted.title == "慈溪市2023年度法治政府建设情况的报告")
        // Style 1 has outline level 0; style 2 is named 标题 2 in GBK bytes.
        #expect(extracted.headingLevels == [3: 1, 4: 2])
    }

    @Test("legacy-big5.rtf: a Big5 font (\\fcharset136) in a Windows-1252 document, trail bytes 5C included")
    func big5Report() throws {
        let extracted = try RTFTextExtractor.extract(from: FormatFixtures.bytes("legacy-big5.rtf"))
        #expect(extracted.text.components(separatedBy: "\n") == [
            "巴音郭楞蒙古自治州人民政府",
            "一、切實履行主體責任，高位推動法治政府建設",
            "州黨委、政府堅持將法治政府建設擺在突出位置，成功許可。 Rule of law",
        ])
        #expect(extracted.title == "一、切實履行主體責任，高位推動法治政府建設")
        #expect(extracted.headingLevels == [2: 1])
    }

    @Test("\\uN with \\ucN fallbacks, negative values, surrogate pairs and lone surrogates")
    func unicodeEscapes() throws {
        // 法 = 27861, 治 = 27835; GBK fallbacks b7a8 and d6ce are skipped by \uc2, "?" by the default \uc1.
        #expect(try extract(#"{\rtf1\ansi\ansicpg936{\uc2\u27861\'b7\'a8\u27835\'d6\'ce}\u25919?\par}"#).text == "法治政")
        // \uc0: nothing follows to skip; the skip count never crosses a group end.
        #expect(try extract(#"{\rtf1\uc0\u24220 A{\uc3\u24314}BC\par}"#).text == "府A建BC")
        // 𠮷 = D842 DFB7 = -10174 -8265 as signed 16-bit numbers.
        #expect(try extract(#"{\rtf1\u-10174?\u-8265?\par}"#).text == "𠮷")
        #expect(try extract(#"{\rtf1 a\u-10174?b\u-8265?c\par}"#).text == "a\u{FFFD}b\u{FFFD}c")
        // A fallback control word counts as one character; \u0 is nothing.
        #expect(try extract(#"{\rtf1\u27861\emdash x\u0?y\par}"#).text == "法xy")
    }

    @Test("double-byte code pages: unescaped trail bytes, escaped backslash trail bytes, font code pages")
    func codePages() throws {
        // Big5 一 is A4 40 ("@"), 功 is A5 5C (a backslash, escaped as \\ or \'5c).
        #expect(try extract(#"{\rtf1\ansi\ansicpg950 \'a4@\'a5\\\'a5\'5c\par}"#).text == "一功功")
        // GBK 法治 b7a8 d6ce; \cpg overrides \fcharset; \dbch text in the associated font.
        let fonts = #"{\fonttbl{\f0\fcharset0 Arial;}{\f1\fcharset134 SimSun;}{\f2\fcharset0\cpg936 X;}}"#
        #expect(try extract(#"{\rtf1\ansi\deff0"# + fonts + #"\f1\'b7\'a8\f2\'d6\'ce\f0\af1\'b7\'a8\plain  caf\'e9\par}"#).text
                == "法治法 café")
        // Windows-1252 by default; a cut-off double-byte character is U+FFFD.
        #expect(try extract(#"{\rtf1 na\'efve \ldblquote x\rdblquote\~y\_z\par}"#).text == "naïve “x” y-z")
        #expect(try extract(#"{\rtf1\ansicpg936 \'b7\par}"#).text == "\u{FFFD}")
    }

    @Test("destinations that are not text: fonts, colours, info but the title, headers, footnotes, fields, pictures, \\*")
    func destinations() throws {
        let source = #"""
            {\rtf1\ansicpg65001{\fonttbl{\f0 Times;}}{\colortbl;\red0\green0\blue0;}{\stylesheet{\s0 Normal;}}\
            {\info{\title  标题 }{\author 作者}{\doccomm 备注}}{\header 页眉\par}{\footer 页脚}\
            {\*\generator Writer;}{\*\bkmkstart x}{\*\unknown 未知}\
            正文{\footnote 脚注\par}{\field{\*\fldinst HYPERLINK "http://x"}{\fldrslt 链接}}{\pict 0102}\
            {\listtext 1.\tab}条目{\*\shpinst{\sp{\sn x}{\sv 1}}}\bin3 {}}\line 下一行\tab 栏\par}
            """#
        let extracted = try extract(source.replacingOccurrences(of: "\\\n", with: ""))
        #expect(extracted.text == "正文链接条目\n下一行\t栏")
        #expect(extracted.title == "标题")
        #expect(extracted.headingLevels.isEmpty)
    }

    @Test("paragraphs: \\par, \\sect, table cells and rows, \\outlinelevel and \\pard resetting it, styles based on headings")
    func paragraphs() throws {
        let source = #"{\rtf1\ansicpg65001{\stylesheet{\s1 heading 1;}{\s5\sbasedon1 Custom;}{\s6\outlinelevel9 Body;}}"#
            + #"\pard\outlinelevel1 甲\par\pard 乙\par\pard\s5 丙\par\pard\s6 丁\sect "#
            + #"\intbl 单元一\cell 单元二\cell\row\pard 尾}"#
        let extracted = try extract(source)
        #expect(extracted.text == "甲\n乙\n丙\n丁\n单元一\n单元二\n尾")
        #expect(extracted.headingLevels == [1: 2, 3: 1])
        #expect(extracted.title == "甲")
    }

    @Test("hostile input: deep nesting, unbalanced braces, cut-off escapes, huge numbers, \\bin past the end")
    func hostileInput() throws {
        let deep = String(repeating: "{", count: 100_000) + "深" + String(repeating: "}", count: 100_000)
        #expect(try extract(#"{\rtf1\ansicpg65001 前"# + deep + #"后\par}"#).text == "前后")
        #expect(try extract(#"{\rtf1 a}}}}b{{c\par"#).text == "abc")
        #expect(try extract(#"{\rtf1 x\'4"#).text == "x")
        #expect(try extract(#"{\rtf1 x\"#).text == "x")
        #expect(try extract(#"{\rtf1\uc99999999999999999999\u99999999999999999999 y\u-99999999999 z\par}"#).text == "\u{FFFD}\u{FFFD}")
        #expect(try extract(#"{\rtf1 a\bin99999999999 bcd"#).text == "a")
        #expect(try extract(#"{\rtf1 "# + String(repeating: "x", count: 40) + #"\abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz1 y}"#).text
                == String(repeating: "x", count: 40) + "y")
    }

    @Test("not RTF, or no text, fails with a reason; a UTF-8 BOM is allowed")
    func failures() throws {
        #expect(failure(Array("纯文本".utf8)) == "not an RTF file (it does not start with {\\rtf)")
        #expect(failure([]) == "not an RTF file (it does not start with {\\rtf)")
        #expect(failure(Array(#"{\rtf1{\fonttbl{\f0 Arial;}}\par\par}"#.utf8)) == "no text to index")
        #expect(try RTFTextExtractor.extract(from: [0xEF, 0xBB, 0xBF] + Array(#"{\rtf1 ok}"#.utf8)).text == "ok")
    }
}
