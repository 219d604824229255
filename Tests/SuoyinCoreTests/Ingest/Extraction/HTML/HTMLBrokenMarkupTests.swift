import Testing
import TestSupport
@testable import SuoyinCore

/// The extracted text of `html`, lines joined by "|".
private func text(_ html: String) -> String {
    HTMLTextExtractor.extract(from: html).text.components(separatedBy: "\n").joined(separator: "|")
}

@Suite("HTMLTextExtractor on broken markup")
struct HTMLBrokenMarkupTests {
    @Test("broken markup still gives the text a browser shows", arguments: [
        // Unclosed elements are closed by their parent's end tag, or the end.
        ("<p>一<p>二<div>三", "一|二|三"),
        ("<div><nav>菜单</div>正文", "正文"),
        ("<div><span>甲</div>乙", "甲|乙"),
        // Stray "<" and "&" are text.
        ("a < b <3 <中文> 1<2", "a < b <3 <中文> 1<2"),
        ("a & b &; &#; &#x; &中", "a & b &; &#; &#x; &中"),
        // A ">" inside a quoted attribute value does not end the tag.
        (#"<a title="x > y" href='a>b'>链接</a>"#, "链接"),
        (#"</p class=">">后"#, "后"),
        // Upper and mixed case.
        ("<P>一</P><SCRIPT>x()</SCRIPT><DIV>二<Br>三<sTyLe>p{}</StYlE></div>", "一|二|三"),
        // Tags split over lines.
        ("<p\n  class=\"x\"\n>正文<br\n/>尾</p\n>", "正文|尾"),
        // An unclosed quote ends at the next ">".
        (#"<a href="x>链接</a> 后"#, "链接 后"),
        // Unclosed comment, script and style run to the end, as in browsers.
        ("甲<!-- 注释", "甲"),
        ("甲<script>var a = 1 < 2;", "甲"),
        ("甲<style>p {", "甲"),
        // An unclosed title is ordinary markup.
        ("<title>题<p>正文", "题|正文"),
        // A self-closing script is empty.
        ("<script src=a.js/>正文", "正文"),
        // Stray end tags: an inline one is ignored, a block one ends the line.
        ("甲</span>乙</b>丙", "甲乙丙"),
        ("甲</div>乙</p>丙", "甲|乙|丙"),
        // A tag cut off by the end is dropped.
        ("正文<p class=", "正文"),
        ("正文<", "正文<"),
        ("正文</", "正文</"),
        // Empty and bogus markup makes nothing.
        ("a</>b<!>c<?php echo 1 ?>d<!--->e<!-->f", "abcdef"),
        ("a<![CDATA[ x > y ]]>b<!DOCTYPE html>c", "abc"),
        ("a</ 1>b", "ab"),
        // Script text that looks like an end tag but is not one.
        ("<script>a = '</scripts>';</script>正文", "正文"),
        ("<script>document.write('<p>x</p>')</script >正文", "正文"),
        // NUL is dropped.
        ("a\u{0}b", "ab"),
    ])
    func brokenMarkup(html: String, expected: String) {
        #expect(text(html) == expected)
    }

    @Test("a 5 MB page is extracted in one linear pass")
    func largePage() {
        let paragraph = "<p class=\"text\">深入推进法治政府建设各项工作,持续推动法治政府建设提质增效&nbsp;&#x6CD5;。</p>\n"
        let html = "<title>大页面</title>" + String(repeating: paragraph, count: 5_000_000 / paragraph.utf8.count)
        let extracted = HTMLTextExtractor.extract(from: html)
        let lines = extracted.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(html.utf8.count > 4_900_000)
        #expect(lines.count == 1 + 5_000_000 / paragraph.utf8.count)
        #expect(lines.last == "深入推进法治政府建设各项工作,持续推动法治政府建设提质增效 法。")
    }

    @Test("a megabyte of pathological markup does not blow up", arguments: [
        "<", "<a ", "<a href=\"", "&", "&#", "&#x", "<!--", "</", "<p>", "<div><nav>", "<h1>", "<td>", "<script>", "<title>",
        "<a b='>", "<!", "&amp", "<br>", "\r",
    ])
    func pathologicalMarkup(unit: String) {
        let html = String(repeating: unit + "字 ", count: 1_000_000 / (unit.utf8.count + 4))
        let extracted = HTMLTextExtractor.extract(from: html)
        #expect(extracted.text.utf8.count <= html.utf8.count * 3)
    }

    @Test("random markup never breaks the line invariants")
    func randomMarkup() {
        var random = SplitMix64(seed: 2022)
        let pieces = [
            "<p>", "</p>", "<br>", "<pre>", "</pre>", "<h2>", "</h2>", "<td>", "<tr>", "<nav>", "</nav>", "<!--", "-->",
            "<script>", "</script>", "&nbsp;", "&#x6CD5;", "&", "<", ">", "\"", "'", "=", " ", "\n", "\r", "\t", "　",
            "法", "治", "a", "\u{0}", "\u{FFFD}", "😀", "<title>", "</title>", "<h1>", "</h1>", "<a href=\"", "</",
        ]
        for _ in 0..<300 {
            let html = (0..<Int(random.next() % 80)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let extracted = HTMLTextExtractor.extract(from: html)
            if extracted.text.isEmpty {
                #expect(extracted.headingLevels.isEmpty)
                continue
            }
            let lines = extracted.text.components(separatedBy: "\n")
            for (index, line) in lines.enumerated() {
                #expect(line.unicodeScalars.first.map { !ScalarTraits.isWhitespace($0) } ?? (index > 0), "\(html.debugDescription)")
                #expect(line.unicodeScalars.last.map { !ScalarTraits.isWhitespace($0) } ?? true, "\(html.debugDescription)")
                if index > 0, line.isEmpty { #expect(!lines[index - 1].isEmpty, "\(html.debugDescription)") }
            }
            #expect(lines.last?.isEmpty == false || extracted.text.isEmpty)
            for (line, level) in extracted.headingLevels {
                #expect((1...lines.count).contains(line) && !lines[line - 1].isEmpty && (1...6).contains(level))
            }
            #expect(!extracted.text.contains("\u{0}"))
        }
    }
}

