import Testing
@testable import SuoyinCore

/// The text of `html` in a paragraph, with every character reference decoded.
private func decoded(_ html: String) -> String {
    HTMLTextExtractor.extract(from: "<pre>" + html + "</pre>").text
}

@Suite("HTMLCharacterReference")
struct HTMLCharacterReferenceTests {
    @Test("named references of the common set decode", arguments: [
        ("a&amp;b &lt;p&gt; &quot;q&quot; &apos;s&apos;", "a&b <p> \"q\" 's'"),
        ("&copy;&reg;&trade;&middot;&hellip;&mdash;&ndash;", "©®™·…—–"),
        ("&ldquo;放管服&rdquo;&lsquo;一&rsquo;", "“放管服”‘一’"),
        ("&times;&divide;&yen;&deg;&plusmn;&sect;&para;&bull;", "×÷¥°±§¶•"),
        ("&laquo;&raquo;&larr;&rarr;&alpha;&Omega;&euro;&permil;", "«»←→αΩ€‰"),
        ("&AMP;&LT;&GT;&QUOT;&COPY;&REG;&TRADE;", "&<>\"©®™"),
        ("a&nbsp;b&ensp;c&emsp;d&thinsp;e", "a\u{A0}b\u{2002}c\u{2003}d\u{2009}e"),
    ])
    func named(html: String, expected: String) {
        #expect(decoded(html) == expected)
    }

    @Test("numeric references decode; invalid code points become U+FFFD", arguments: [
        ("&#x6CD5;&#27861;&#X6cd5;&#x6cD5", "法法法法"),
        ("&#27861治", "法治"),
        ("&#0;&#xD800;&#xDFFF;&#x110000;&#1114112;", "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("&#99999999999999999999999999999;&#xFFFFFFFFFFFFFFFFFFFFFFFF;", "\u{FFFD}\u{FFFD}"),
        ("&#x10FFFF;&#x20000;", "\u{10FFFF}𠀀"),
        ("&#150;&#147;&#148;&#128;&#129;", "–“”€\u{81}"),
        ("&#65;&#x42;&#0067;", "ABC"),
    ])
    func numeric(html: String, expected: String) {
        #expect(decoded(html) == expected)
    }

    @Test("a legacy name needs no semicolon, whatever follows, as browsers read text; other names stay as written", arguments: [
        ("&copy 2023 a&nbsp b", "© 2023 a\u{A0} b"),
        ("于&nbsp2021年&nbsp&nbsp12月", "于\u{A0}2021年\u{A0}\u{A0}12月"),
        ("&amp=1&lt", "&=1<"),
        ("a&ampb&ltc&gtd&quote", "a&b<c>d\"e"),
        ("&copyright; &ampx &copy2023", "©right; &x ©2023"),
        ("&AMPx &COPY2023 &eacutee", "&x ©2023 ée"),
        ("&hellip &mdash &apos", "&hellip &mdash &apos"),
        ("&notanentity; &Amp; &", "¬anentity; &Amp; &"),
        ("&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;", "&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;"),
    ])
    func semicolons(html: String, expected: String) {
        #expect(decoded(html) == expected)
    }

    @Test("references decode in titles too")
    func inTitle() {
        #expect(HTMLTextExtractor.extract(from: "<title>A&amp;B&#x6CD5;</title>").title == "A&B法")
    }

    @Test("the table holds the HTML 4 set plus apos and HTML5's upper-case aliases")
    func table() {
        #expect(HTMLEntityTable.codePoints.count == 260)
        #expect(HTMLEntityTable.codePoints["nbsp"] == "\u{A0}")
        #expect(HTMLEntityTable.codePoints["hearts"] == "♥")
        #expect(HTMLEntityTable.longestName == 8)
        #expect(HTMLEntityTable.legacyNames.count == 106)
        #expect(HTMLEntityTable.legacyNames.isSuperset(of: ["nbsp", "amp", "AMP", "lt", "gt", "quot", "copy", "reg", "yuml"]))
    }
}
