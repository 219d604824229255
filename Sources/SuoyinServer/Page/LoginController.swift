import Hummingbird

/// The login form of a server started with `--token`: `GET /login` shows
/// it, `POST /login` checks the token and sets an HTTP-only, same-site
/// cookie, then returns to the page that asked (a path on this server only).
struct LoginController {
    static let path = "/login"
    let token: String

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("login") { request, _ in Self.form(request, failed: false) }
        router.post("login") { request, _ in
            let body = try await request.body.collect(upTo: RequestLimitsMiddleware.maximumLoginBodyBytes)
            let fields = (try? QueryString(String(buffer: body))) ?? .empty
            guard let given = try? fields.value("token"), TokenMiddleware.equal(given, token) else {
                return Self.form(request, failed: true, next: (try? fields.value("next")) ?? nil)
            }
            var response = Response(status: .seeOther, headers: [.location: Self.safeNext((try? fields.value("next")) ?? nil)])
            response.setCookie(Cookie(name: TokenMiddleware.cookieName, value: token, path: "/",
                                      secure: false, httpOnly: true, sameSite: .strict))
            return response
        }
    }

    /// The form, with 401 (it stands in for the page asked for); `failed` says the token was wrong.
    static func form(_ request: Request, failed: Bool, next: String? = nil) -> Response {
        let parameters = (try? QueryString(request.uri.query)) ?? .empty
        let layout = PageController.layout(request, parameters)
        let l = layout.language
        let target = next ?? (request.uri.path == path ? ((try? parameters.value("next")) ?? nil) : request.uri.string)
        var content: [Markup] = [.element("h1", [], [.text(l.t("登录", "Sign in"))])]
        if failed {
            content.append(.element("p", [("class", "error"), ("role", "alert")], [.text(l.t("令牌不正确。", "That token is not right."))]))
        }
        content.append(.element("form", [("method", "post"), ("action", path), ("class", "login")], [
            .element("label", [("for", "token")], [.text(l.t("访问令牌", "Access token"))]),
            .element("input", [("type", "password"), ("id", "token"), ("name", "token"), ("required", ""), ("autocomplete", "current-password")]),
            .element("input", [("type", "hidden"), ("name", "next"), ("value", safeNext(target))]),
            .element("button", [("type", "submit")], [.text(l.t("登录", "Sign in"))]),
        ]))
        return layout.page(title: l.t("登录", "Sign in"), content, status: .unauthorized)
    }

    /// Where to go after signing in: a path on this server, never another site (`//host`).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\"), next != path else { return "/" }
        return next
    }
}
