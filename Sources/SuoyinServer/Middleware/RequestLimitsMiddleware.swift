import Hummingbird

/// Refuses what a search server never needs before any work is done: URLs
/// over 8 KB (414), methods other than GET and HEAD (405; POST only for the
/// login form) and request bodies (413; the login form's is at most 2 KB).
struct RequestLimitsMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    static let maximumURLBytes = 8 * 1024
    static let maximumLoginBodyBytes = 2 * 1024

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.string.utf8.count <= Self.maximumURLBytes else {
            throw RequestProblem(.uriTooLong, "The address is longer than \(Self.maximumURLBytes / 1024) KB. Shorten the query or its filters.")
        }
        let isLogin = request.method == .post && request.uri.path == LoginController.path
        guard request.method == .get || request.method == .head || isLogin else {
            throw RequestProblem(.methodNotAllowed, "Only GET requests are answered here.")
        }
        let length = request.headers[.contentLength].flatMap { Int($0) }
        let hasBody = (length ?? 0) > 0 || request.headers[.transferEncoding] != nil
        if hasBody && (!isLogin || length == nil || length! > Self.maximumLoginBodyBytes) {
            throw RequestProblem(.contentTooLarge, "Request bodies are not accepted here.")
        }
        return try await next(request, context)
    }
}
