import Hummingbird

/// The frame of every page: head, skip link, header with the site's name,
/// its two places (search, statistics) and the language switch, then the
/// page's own content in `main`.
struct PageLayout {
    var language: PageLanguage
    /// The current path and parameters, for the language switch.
    var path: String
    var parameters: [(String, String)]

    func page(title: String, _ content: [Markup], status: HTTPResponse.Status = .ok) -> Response {
        let l = language
        let other = PageLanguage(isEnglish: !l.isEnglish, isChosen: true)
        let switchLink = PageLink.to(path, parameters.filter { $0.0 != "lang" } + other.parameter)
        let home = PageLink.to("/", l.parameter)
        let head = Markup.element("head", [], [
            .element("meta", [("charset", "utf-8")]),
            .element("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            .element("meta", [("name", "referrer"), ("content", "no-referrer")]),
            .element("title", [], [.text(title + " · " + l.t("索引", "Suoyin"))]),
            .element("link", [("rel", "stylesheet"), ("href", "/assets/style.css")]),
            .element("script", [("src", "/assets/app.js"), ("defer", "")]),
        ])
        let links: [Markup] = [
            .element("a", [("href", home)], [.text(l.t("搜索", "Search"))]),
            .element("a", [("href", PageLink.to("/stats", l.parameter))], [.text(l.t("统计", "Statistics"))]),
            .element("a", [("href", switchLink), ("lang", other.code), ("hreflang", other.code)],
                     [.text(l.isEnglish ? "中文" : "English")]),
        ]
        let header = Markup.element("header", [("class", "site")], [
            .element("a", [("class", "brand"), ("href", home)], [.text(l.t("索引 Suoyin", "Suoyin 索引"))]),
            .element("nav", [("aria-label", l.t("主导航", "Main"))], links),
        ])
        let body = Markup.element("body", [], [
            .element("a", [("class", "skip"), ("href", "#main")], [.text(l.t("跳到内容", "Skip to content"))]),
            header,
            .element("main", [("id", "main")], content),
        ])
        let root = Markup.element("html", [("lang", l.code)], [head, body])
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: Markup.document(root))))
    }

    /// A page that says what went wrong, with the problem's status.
    func problem(_ problem: RequestProblem) -> Response {
        let l = language
        let heading = switch problem.status.code {
        case 400: l.t("请求有误", "Bad request")
        case 401: l.t("需要登录", "Sign-in needed")
        case 404: l.t("未找到", "Not found")
        case 503: l.t("索引暂不可用", "Index unavailable")
        default: l.t("出错了", "Something went wrong")
        }
        return page(title: heading, [
            .element("h1", [], [.text(heading)]),
            .element("p", [("class", "error"), ("role", "alert")], [.text(problem.message)]),
            .element("p", [], [.element("a", [("href", PageLink.to("/", l.parameter))], [.text(l.t("返回搜索", "Back to search"))])]),
        ], status: problem.status)
    }
}
