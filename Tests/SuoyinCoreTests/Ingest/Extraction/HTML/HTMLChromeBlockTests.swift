import Testing
@testable import SuoyinCore

/// The lines of the text extracted from `html`.
private func lines(_ html: String) -> [String] {
    HTMLTextExtractor.extract(from: html).text.components(separatedBy: "\n")
}

@Suite("HTML chrome without semantic tags: class, id, role and link density")
struct HTMLChromeBlockTests {
    @Test("class and id are cut into whole words", arguments: [
        ("main-nav", ["main", "nav"]),
        ("topNav", ["top", "nav"]),
        ("nav_list clearfix", ["nav", "list", "clearfix"]),
        ("navigation-content", ["navigation", "content"]),
        ("bdsharebuttonbox", ["bdsharebuttonbox"]),
        ("", []),
    ])
    func words(value: String, expected: [String]) {
        #expect(HTMLChromeClass.words(value) == expected)
    }

    @Test("what class, id and role say", arguments: [
        (["class": "nav"], HTMLChromeClass.Role.furniture),
        (["class": "main-nav"], .furniture),
        (["id": "breadcrumb"], .furniture),
        (["class": "share-bar"], .furniture),
        (["class": "related-news"], .furniture),
        (["class": "toolbar"], .furniture),
        (["class": "bdsharebuttonbox"], .furniture),
        (["role": "navigation"], .furniture),
        (["class": "footer"], .landmark),
        (["id": "header"], .landmark),
        (["role": "contentinfo"], .landmark),
        (["class": "navigation-content"], .content),        // a content word wins
        (["class": "article-header"], .content),
        (["class": "navy unavailable"], .unknown),          // no whole word matches
        (["class": "headline"], .unknown),
        (["class": "info"], .unknown),
    ])
    func roles(attributes: [String: String], expected: HTMLChromeClass.Role) {
        #expect(HTMLChromeClass.role(of: attributes) == expected)
    }

    @Test("furniture is dropped anywhere; a header or footer by class only outside content")
    func furnitureAndLandmarks() {
        let html = """
            <div class="header">某某市人民政府</div><div id="nav">首页 政务公开</div>
            <div class="content"><div class="head"><div>正文标题</div></div><p>正文第一段。</p>
            <div class="share">分享到 微信</div><div class="foot">（此件公开发布）</div></div>
            <div class="related"><p>相关阅读</p></div><div class="footer">版权所有</div>
            <div class="navigation-content"><p>导航栏目内容。</p></div><div class="navy"><p>海军蓝。</p></div>
            """
        #expect(lines(html) == ["正文标题", "正文第一段。", "（此件公开发布）", "导航栏目内容。", "海军蓝。"])
    }

    @Test("lines and blocks that are mostly links are dropped; prose with links and attachments is kept")
    func linkDensity() {
        let html = """
            <div><a href="/">首页</a> | <a href="/a">政务公开</a> | <a href="/b">政务服务</a></div>
            <p>依据<a href="/law">《某某条例》</a>和<a href="/rule">《某某办法》</a>，制定本方案。</p>
            <p>详见<a href="/x">通知</a></p>
            <p>附件：<a href="/f/1.doc">申报表</a> <a href="/f/2.xlsx">汇总表</a></p>
            <ul><li><a href="/n/1">关于开展春季植树活动的通知</a> 2023-03-01</li><li><a href="/n/2">关于做好防汛工作的通知</a> 2023-04-02</li></ul>
            <table><tr><td><a href="/1">机构</a></td><td><a href="/2">政策</a></td><td><a href="/3">服务</a></td></tr></table>
            <p>第二段正文没有链接</p>
            """
        #expect(lines(html) == [
            "依据《某某条例》和《某某办法》，制定本方案。", "详见通知", "附件：申报表 汇总表", "第二段正文没有链接",
        ])
    }

    @Test("a page wrapper is judged on what is left once its menus are gone")
    func wrapperKeepsBody() {
        let menu = (1...30).map { "<li><a href=\"/m\($0)\">栏目\($0)</a></li>" }.joined()
        let html = "<div id=\"wrapper\"><ul>\(menu)</ul><div><p>短正文</p><p>另一行</p></div></div>"
        #expect(lines(html) == ["短正文", "另一行"])
    }

    @Test("links to documents are content: href extensions", arguments: [
        ("/uploadfiles/2023/fj1.doc", true), ("a.PDF?download=1", true), ("/x/y.wps#p", true),
        ("/zwgk/tzgg/2023/0220.html", false), ("/dir.pdf/page", false), ("javascript:void(0)", false),
    ])
    func documentLinks(href: String, isDocument: Bool) {
        #expect(HTMLLinkStats.isDocument(href: href) == isDocument)
    }
}

@Suite("HTML chrome on hostile pages")
struct HTMLChromeHostileTests {
    /// Each block's range replaces those of the blocks inside it; a set of
    /// every nested range would hold 200 million entries here.
    @Test("20,000 nested blocks of links are dropped, and the text after them kept")
    func deepNesting() {
        let depth = 20_000
        let html = String(repeating: "<div><a href=/a>甲</a><a href=/b>乙</a>", count: depth)
            + String(repeating: "</div>", count: depth) + "<p>正文。</p>"
        #expect(HTMLTextExtractor.extract(from: html).text == "正文。")
    }
}
