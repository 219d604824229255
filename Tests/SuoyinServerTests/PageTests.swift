import Foundation
import Hummingbird
import HummingbirdTesting
import SuoyinCore
import Testing
@testable import SuoyinServer

/// The server-rendered pages: what they show, in which language, and that
/// nothing a document holds becomes markup.
@Suite("Pages")
struct PageTests {
    static func page(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await ServerFixture.shared().test { client in try await client.execute(uri: uri, method: .get, headers: headers) { $0 } }
    }

    @Test("the search page shows results as the CLI does: rank, title, section, metadata, citation link, <mark>, totals")
    func searchResults() async throws {
        let fixture = try ServerFixture.shared()
        let response = try await Self.page("/?q=%E6%B3%95%E6%B2%BB%E6%94%BF%E5%BA%9C%E5%BB%BA%E8%A8%AD&limit=2")
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        let html = response.text
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(html.contains("<input type=\"search\" id=\"q\" name=\"q\" value=\"法治政府建設\""))
        #expect(html.contains("<span class=\"rank\">1.</span> <a href=\"/document?path="))
        #expect(html.contains(">无锡市锡山区人民政府2022年法治政府建设工作报告</a>"))
        #expect(html.contains("<nav class=\"section\" aria-label=\"章节\">六、坚持持续多元化解,促进基层治理有力有效</nav>"))
        #expect(html.contains("<dt>日期</dt><dd>2023-02-08</dd><dt>发文机关</dt><dd>无锡市锡山区人民政府</dd>"))
        let citation = "\(fixture.corpus)/xishan-2022.txt:67:3"
        #expect(html.contains("<a href=\"/passage?citation=\(PageLink.encode(citation))&amp;q=\(PageLink.encode("法治政府建設"))\" class=\"citation\">\(citation)</a>"))
        #expect(html.contains("推进<mark>法治政府建设</mark>第一责任人职责督察"))
        #expect(html.contains("<ol class=\"results\" start=\"1\">"))
        #expect(html.contains("<p class=\"totals\" role=\"status\">第 1–2 段，共 "))
        #expect(html.contains("rel=\"next\">下一页 →</a>"))
        #expect(!html.contains("rel=\"prev\""))
    }

    @Test("English by ?lang=en or Accept-Language; ?lang=zh wins over the browser")
    func language() async throws {
        let english = try await Self.page("/?q=%E6%B3%95%E6%B2%BB&lang=en")
        #expect(english.text.contains("<html lang=\"en\">"))
        #expect(english.text.contains(" of ") && english.text.contains(" passages in "))
        #expect(english.text.contains("<input type=\"hidden\" name=\"lang\" value=\"en\">"))
        let browser = try await Self.page("/", headers: [.acceptLanguage: "en-GB,en;q=0.9,zh-CN;q=0.5"])
        #expect(browser.text.contains("<html lang=\"en\">"))
        let chineseFirst = try await Self.page("/", headers: [.acceptLanguage: "zh-TW,en;q=0.8"])
        #expect(chineseFirst.text.contains("<html lang=\"zh-CN\">"))
        let chosen = try await Self.page("/?lang=zh", headers: [.acceptLanguage: "en"])
        #expect(chosen.text.contains("<html lang=\"zh-CN\">"))
        #expect(PageLanguage.prefersEnglish("fr, en;q=0.4, zh;q=0.3"))
        #expect(!PageLanguage.prefersEnglish("fr, en;q=0.2, zh;q=0.3"))
        #expect(!PageLanguage.prefersEnglish(""))
    }

    @Test("hostile text, titles, paths and queries are escaped; no script but the embedded one")
    func escaping() async throws {
        let query = "依法行政示范区 <script>alert(5)</script>"
        let response = try await Self.page("/?q=\(PageLink.encode("依法行政示范区"))&limit=10&path=\(PageLink.encode("*\"><svg onload=alert(6)>*"))")
        #expect(response.status == .ok)
        let plain = try await Self.page("/?q=\(PageLink.encode("依法行政示范区"))")
        for html in [response.text, plain.text] {
            #expect(!html.contains("<script>alert"))
            #expect(!html.contains("<img src=x"))
            #expect(!html.contains("<svg"))
            #expect(!html.contains("href=\"javascript:"))
            #expect(html.components(separatedBy: "<script").count == 2)  // only <script src="/assets/app.js" defer>
        }
        #expect(plain.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;<mark>依法行政示范区</mark>创建"))
        #expect(plain.text.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;<mark>依法行政示范区</mark>名单"))
        #expect(plain.text.contains("&lt;a href=&quot;javascript:alert(3)&quot;&gt;<mark>依法行政示范区</mark>链接&lt;/a&gt;"))
        #expect(plain.text.contains("&lt;img src=x onerror=alert(4)&gt;&#39;.txt"))
        #expect(response.text.contains("value=\"*&quot;&gt;&lt;svg onload=alert(6)&gt;*\""))
        let echoed = try await Self.page("/?q=\(PageLink.encode(query))")
        #expect(echoed.text.contains("value=\"依法行政示范区 &lt;script&gt;alert(5)&lt;/script&gt;\""))
        #expect(!echoed.text.contains("<script>alert(5)"))
    }

    @Test("a bad parameter is a 400 page with the message, escaped")
    func badParameterPage() async throws {
        let response = try await Self.page("/?q=%E6%B3%95&since=%3Cb%3E")
        #expect(response.status == .badRequest)
        #expect(response.text.contains("<p class=\"error\" role=\"alert\">Parameter &#39;since&#39;: &#39;&lt;b&gt;&#39; is not a date."))
    }

    @Test("the passage view: the cited passage marked among its context, the reference to copy, links")
    func passageView() async throws {
        let fixture = try ServerFixture.shared()
        let citation = "\(fixture.corpus)/cixi-2023.txt:7:1"
        let response = try await Self.page("/passage?citation=\(PageLink.encode(citation))&q=%E6%B3%95%E6%B2%BB")
        #expect(response.status == .ok)
        let html = response.text
        #expect(html.contains("<h1>慈溪市人民政府关于2023年度法治政府建设情况的报告</h1>"))
        #expect(html.contains("<li class=\"cited\" aria-current=\"true\"><span class=\"line\">第 7 行</span><p><mark class=\"cited-text\">一、2023年我市法治政府建设主要举措和成效</mark></p></li>"))
        #expect(html.components(separatedBy: "<li class=\"context\">").count == 1 + 2 + 2)
        let reference = "《慈溪市人民政府关于2023年度法治政府建设情况的报告》，2024-02-29，市司法局，\(citation)：“一、2023年我市法治政府建设主要举措和成效”"
        #expect(PassagePage.reference(try PassageLookup(database: IndexDatabase.open(at: fixture.indexPath)).passage(at: Citation(parsing: citation)).passage) == reference)
        #expect(html.contains("<textarea id=\"reference\" readonly rows=\"3\">\(Markup.escape(reference))</textarea>"))
        #expect(html.contains("<button type=\"button\" class=\"copy-button\" data-copy=\"reference\" hidden data-done=\"已复制\">复制引用</button>"))
        #expect(html.contains("href=\"/document?path=\(PageLink.encode(fixture.corpus + "/cixi-2023.txt"))&amp;q=%E6%B3%95%E6%B2%BB\""))
        let missing = try await Self.page("/passage?citation=..%2F..%2Fetc%2Fpasswd%3A1")
        #expect(missing.status == .notFound)
        #expect(missing.text.contains("is not in the index"))
    }

    @Test("the document view lists every matching passage of one document in reading order")
    func documentView() async throws {
        let fixture = try ServerFixture.shared()
        let path = fixture.corpus + "/cixi-2023.txt"
        let response = try await Self.page("/document?path=\(PageLink.encode(path))&q=%E7%9D%A3%E5%AF%9F")  // 督察
        #expect(response.status == .ok)
        let filter = try SearchFilter(pathPatterns: [path], since: nil, until: nil)
        let expected = try Searcher(database: IndexDatabase.open(at: fixture.indexPath))
            .search(QueryParser.parse("督察"), filter: filter, options: SearchOptions(limit: 1000, sort: .path, allCopies: true))
        #expect(!expected.results.isEmpty)
        let citations = expected.results.map(\.citation)
        #expect(citations == citations.sorted { ($0.split(separator: ":").dropFirst().first.flatMap { Int($0) } ?? 0) <= ($1.split(separator: ":").dropFirst().first.flatMap { Int($0) } ?? 0) })
        var position = response.text.startIndex
        for citation in citations {
            let range = response.text.range(of: ">\(citation)</a>", range: position..<response.text.endIndex)
            #expect(range != nil, "\(citation) missing or out of order")
            position = range?.upperBound ?? position
        }
        #expect(response.text.contains("共 \(expected.total.passages) 段匹配"))
    }

    @Test("the stats page shows the counts")
    func statsPage() async throws {
        let response = try await Self.page("/stats?lang=en")
        #expect(response.status == .ok)
        #expect(response.text.contains("<tr><th scope=\"row\">Documents</th><td>7</td></tr>"))
        #expect(response.text.contains("<tr><th scope=\"row\">Encodings</th><td>UTF-8: 7</td></tr>"))
        #expect(response.text.contains("<th scope=\"row\">Last indexed</th><td>20"))
    }

    @Test("the stylesheet and the script are served from the binary with their types")
    func assets() async throws {
        let css = try await Self.page("/assets/style.css")
        #expect(css.status == .ok)
        #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        #expect(css.text.contains("@media print"))
        let script = try await Self.page("/assets/app.js")
        #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
        #expect(script.text.contains("navigator.clipboard"))
    }

    @Test("paging keeps the other parameters and offers the previous page")
    func paging() async throws {
        let html = try await Self.page("/?q=%E6%B3%95%E6%B2%BB&limit=10&offset=10&sort=date").text
        #expect(html.contains("<ol class=\"results\" start=\"11\">"))
        #expect(html.contains("<a href=\"/?q=%E6%B3%95%E6%B2%BB&amp;limit=10&amp;sort=date&amp;offset=0\" rel=\"prev\">← 上一页</a>"))
        #expect(html.contains("<a href=\"/?q=%E6%B3%95%E6%B2%BB&amp;limit=10&amp;sort=date&amp;offset=20\" rel=\"next\">下一页 →</a>"))
        #expect(html.contains("<option value=\"date\" selected>"))
    }
}
