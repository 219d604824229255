import Hummingbird

/// With `--token`, lets a request through only when it carries the token:
/// the API as `Authorization: Bearer TOKEN`, the page as the cookie the
/// login form sets. The page's assets and the login form itself are open,
/// so that the form can be shown and styled.
struct TokenMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    static let cookieName = "suoyin_token"
    let token: String
    let loginPage: @Sendable (Request, _ failed: Bool) -> Response

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if path.hasPrefix("/assets/") || path == LoginController.path { return try await next(request, context) }
        if path.hasPrefix("/api/") {
            guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
                  Self.equal(String(header.dropFirst("Bearer ".count)), token)
            else {
                throw RequestProblem(.unauthorized, "This server needs its token: send 'Authorization: Bearer TOKEN'.")
            }
            return try await next(request, context)
        }
        guard let cookie = request.cookies[Self.cookieName], Self.equal(cookie.value, token) else {
            return loginPage(request, false)
        }
        return try await next(request, context)
    }

    /// Compares in time that depends only on the lengths, so that timing tells nothing of the token.
    static func equal(_ given: String, _ token: String) -> Bool {
        let lhs = Array(given.utf8)
        let rhs = Array(token.utf8)
        var difference = lhs.count ^ rhs.count
        for index in 0..<rhs.count {
            difference |= Int((index < lhs.count ? lhs[index] : 0) ^ rhs[index])
        }
        return difference == 0
    }
}
