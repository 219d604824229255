import HTTPTypes
import Hummingbird

/// Adds the headers that keep a page from running or loading anything but
/// its own files, whatever a document holds: a content security policy of
/// `default-src 'self'` (no inline script, no other origin, no plugins, no
/// framing), `nosniff`, and no referrer, so that a query in the URL never
/// leaves with a link.
struct SafetyHeadersMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    static var headers: HTTPFields {
        [
            .contentSecurityPolicy: "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            .xContentTypeOptions: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
            HTTPField.Name("X-Frame-Options")!: "DENY",
        ]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        for field in Self.headers { response.headers[field.name] = field.value }
        return response
    }
}
