import Foundation
import Testing
@testable import SuoyinCore

/// The lines of the text extracted from `html`.
private func lines(_ html: String) -> [String] {
    HTMLTextExtractor.extract(from: html).text.components(separatedBy: "\n")
}

/// The extracted text of `html`, lines joined by "|" so a table row reads on one line.
private func text(_ html: String) -> String {
    lines(html).joined(separator: "|")
}

@Suite("HTMLTextExtractor")
struct HTMLTextExtractorTests {
    @Test("the government page fixture gives its article text, title and headings")
    func governmentPage() throws {
        let html = String(decoding: try ExtractFixture.bytes("xishan-2022.utf8.html"), as: UTF8.self)
        let extracted = HTMLTextExtractor.extract(from: html)
        #expect(extracted.text.components(separatedBy: "\n") == [
            "无锡市锡山区人民政府2022年法治政府建设工作报告",
            "发布时间:2023-02-08 浏览次数:1024",
            "2022年,在区委的坚强领导和区人大常委会的指导、支持下,全区各级行政机关坚持以习近平新时代中国特色社会主义思想为指导,"
                + "深入学习贯彻习近平法治思想,全面贯彻落实党的二十大精神及中央依法治国工作会议精神。现将有关情况汇报如下:",
            "一、坚持强化组织领导,夯实法治政府建设基础",
            "(一)深入学习宣传贯彻习近平法治思想。",
            "贯彻全面依法治区工作会议精神,印发《关于认真组织学习〈习近平法治思想学习纲要〉的通知》,把习近平法治思想纳入各级党委政府专题学习安排。",
            "二、坚持推动改革创新,促进政务服务质效双升",
            "深化“放管服”改革,出台《2022年锡山区深化“放管服”改革工作要点》。",
            "主要数据如下:",
            "事项\t数量",
            "赋权事项逐项研判\t851项",
            "领导干部旁听庭审\t40人次",
        ])
        // The headline is the title without the site; it is no heading, so no section repeats it.
        #expect(extracted.title == "无锡市锡山区人民政府2022年法治政府建设工作报告")
        #expect(extracted.headingLevels == [4: 2, 5: 3, 7: 2])
        for dropped in ["首页", "当前位置", "版权所有", "ICP备", "不是正文", "siteName", "text-indent", "DOCTYPE"] {
            #expect(!extracted.text.contains(dropped), "\(dropped) should be dropped")
        }
    }

    @Test("the GB18030 fixture declares gb2312 and is the UTF-8 twin transcoded")
    func gb18030Twin() throws {
        let gbBytes = try ExtractFixture.bytes("xishan-2022.gb18030.html")
        let utf8Bytes = try ExtractFixture.bytes("xishan-2022.utf8.html")
        #expect(HTMLTextExtractor.declaredCharset(in: gbBytes) == "gb2312")
        #expect(gbBytes != utf8Bytes)
        // 0x80000632 is NSStringEncoding's GB18030 (kCFStringEncodingGB_18030_2000).
        let decoded = try #require(String(bytes: gbBytes, encoding: String.Encoding(rawValue: 0x8000_0632)))
        #expect(decoded == String(decoding: utf8Bytes, as: UTF8.self))
    }

    @Test("the documented example holds")
    func documentedExample() {
        #expect(HTMLTextExtractor.extract(from: "<title>报告_某市人民政府</title><h1>报告</h1><p>依法&nbsp;行政</p>")
            == ExtractedText(text: "报告\n依法 行政", title: "报告"))
    }

    @Test("block elements end lines; inline elements do not")
    func blocks() {
        #expect(text("<p>法<b>治</b><a href=#>政府</a></p><div>建设</div>") == "法治政府|建设")
        #expect(text("<ul><li>一</li><li>二</li></ul><ol><li>三</ol>") == "一|二|三")
        #expect(text("<dl><dt>术语</dt><dd>释义</dd></dl><blockquote>引文</blockquote>") == "术语|释义|引文")
        #expect(text("上<hr>下") == "上|下")
        #expect(text("<section>甲</section><article>乙</article>丙") == "甲|乙|丙")
    }

    @Test("<br> ends a line even when empty, and blank lines collapse to one")
    func lineBreaks() {
        #expect(text("一<br>二") == "一|二")
        #expect(text("一<br><br><br><br>二") == "一||二")
        #expect(text("<br><br>一<br><br>") == "一")
        #expect(text("一</br>二") == "一|二")
    }

    @Test("table cells are separated by a tab and rows end lines")
    func tables() {
        let html = "<table><caption>表一</caption><tr><th>项目</th><th>数量</th></tr><tr><td> 甲 </td><td></td><td>3</td></tr></table>后"
        #expect(lines(html) == ["表一", "项目\t数量", "甲\t3", "后"])
        #expect(lines("<table><tr><td><p>段一</p><p>段二</p></td><td>乙</td></tr></table>") == ["段一", "段二", "乙"])
    }

    @Test("white space collapses to one space, and lines are trimmed")
    func whitespace() {
        #expect(text("  <p>  a \t\n  b  </p>  ") == "a b")
        #expect(text("<p>&nbsp;&nbsp;　　依法&nbsp;&nbsp;行政&emsp;</p>") == "依法 行政")
        #expect(text("<p>a&#9;&#10;b</p>") == "a b")
    }

    @Test("a line feed in the source between two Chinese characters disappears")
    func segmentBreaks() {
        #expect(text("<p>法治\n  政府</p>") == "法治政府")
        #expect(text("<p>法治，\r\n政府</p>") == "法治，政府")
        #expect(text("<p>rule\nof law</p>") == "rule of law")
        #expect(text("<p>法治\nlaw</p>") == "法治 law")
        #expect(text("<p>法治 政府</p>") == "法治 政府")
        #expect(text("<p>法治&nbsp;\n政府</p>") == "法治 政府")
        #expect(text("<p>한국\n어</p>") == "한국 어")
    }

    @Test("preformatted text keeps its spaces and line feeds, but not the first line feed")
    func preformatted() {
        #expect(lines("<pre>\nfunc  main() {\n\n\n    run()\n}\n</pre>after") == ["func  main() {", "", "run()", "}", "after"])
        #expect(lines("<p>a\nb</p><pre>a  b\r\nc</pre>") == ["a b", "a  b", "c"])
    }

    @Test("h1–h6 lines are headings of their level, a heading with <br> gives two lines")
    func headings() {
        let extracted = HTMLTextExtractor.extract(from: """
            <h1>总则</h1><p>正文</p><h2>一、<br>目标</h2><h3>(一)</h3><h4>四</h4><h5>五</h5><h6>六</h6><p>尾</p>
            """)
        #expect(extracted.text == "总则\n正文\n一、\n目标\n(一)\n四\n五\n六\n尾")
        // The <h1> is the headline, so the title, and not a heading of its own.
        #expect(extracted.title == "总则")
        #expect(extracted.headingLevels == [3: 2, 4: 2, 5: 3, 6: 4, 7: 5, 8: 6])
    }

    @Test("a heading opened inside an unclosed heading closes it")
    func nestedHeadings() {
        let extracted = HTMLTextExtractor.extract(from: "<h1>一、甲<h2>乙</h2><p>丙")
        #expect(extracted.text == "一、甲\n乙\n丙")
        #expect(extracted.headingLevels == [1: 1, 2: 2])
    }

    @Test("the title is the headline: a line that agrees with <title> up to a separator, else <h1>, else <title> without the site")
    func titles() {
        func page(_ html: String) -> ExtractedText { HTMLTextExtractor.extract(from: html) }
        // <title> and a line agree: that line is the title, once.
        let agreed = page("<title>关于做好春节工作的通知_通知公告_某某市人民政府网</title><div class=bt>关于做好春节工作的通知</div><p>正文。</p>")
        #expect(agreed == ExtractedText(text: "关于做好春节工作的通知\n正文。", title: "关于做好春节工作的通知"))
        #expect(page("<title>关于印发办法的通知 - 某某网</title><p>关于印发办法的通知</p>").title == "关于印发办法的通知")
        #expect(page("<title>关于A_B的通知_某某网</title><p>关于A_B的通知</p>").title == "关于A_B的通知")
        #expect(page("<title>关于做好春节期间...</title><p>关于做好春节期间有关工作的通知</p>").title == "关于做好春节期间有关工作的通知")
        // An <h1> that agrees is the headline and no heading.
        let h1 = page("<title>报告 | 某某市</title><h1>报告</h1><h2>一、总则</h2><p>正文</p>")
        #expect(h1 == ExtractedText(text: "报告\n一、总则\n正文", title: "报告", headingLevels: [2: 2]))
        // No line agrees: the <title> without its site is the first line.
        #expect(page("<title>标题--某某</title><p>正文</p>") == ExtractedText(text: "标题\n正文", title: "标题"))
        // An <h1> that is the site's logo is no headline; one that disagrees otherwise is.
        #expect(page("<title>标题 - 某某网</title><h1>某某网</h1><p>正文</p>").title == "标题")
        #expect(page("<title> 报告 &amp; 说明 </title><h1>标题</h1>").title == "标题")
        #expect(page("<title>报告</title><h1>一、总则</h1>").text == "报告\n一、总则")
        #expect(page("<title> </title><h1><img src=logo.png></h1><h1>锡山区<br>报告</h1>").title == "锡山区 报告")
        #expect(page("<header><h1>网站名</h1></header><h1>正文标题</h1>").title == "正文标题")
        #expect(page("<h2>二级</h2><p>正文</p>").title == nil)
        #expect(page("<svg><title>图标</title></svg><p>正文</p>") == ExtractedText(text: "正文"))
    }

    @Test("page furniture is dropped, but an article's own header and footer are kept")
    func droppedElements() {
        let html = """
            <html><head><meta charset=utf-8><title>题</title><link rel=stylesheet></head>
            <body><header>网站头</header><nav>导航</nav><aside>侧栏</aside>
            <article><header><h1>文章标题</h1></header><p>正文</p><footer>文章脚注</footer></article>
            <main><section><header>节头</header></section></main>
            <noscript>请启用脚本</noscript><template><p>模板</p></template>
            <select><option>选项</option></select><video>不支持视频</video>
            <footer>版权所有</footer></body></html>
            """
        #expect(lines(html) == ["文章标题", "正文", "文章脚注", "节头"])
    }

    @Test("an unclosed <head> ends where the body starts")
    func unclosedHead() {
        #expect(lines("<head><title>题</title><meta name=x><body><p>正文</p>") == ["题", "正文"])
    }
}
