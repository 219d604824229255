import Foundation
import Hummingbird

/// Writes one line per request to the log: method, path, status and
/// milliseconds, e.g. `GET /api/search 200 3.1 ms`.
///
/// The path is logged without its query string, so neither a query nor a
/// token, nor any document's text, ever reaches the log.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    let log: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var status = 500
        defer {
            let milliseconds = (ContinuousClock.now - start).inSeconds * 1000
            log("\(request.method) \(Self.loggable(request.uri.path)) \(status) \(String(format: "%.1f", milliseconds)) ms")
        }
        let response = try await next(request, context)
        status = response.status.code
        return response
    }

    /// The path with anything but printable ASCII percent-encoded, at most 200 bytes: one line, whatever was sent.
    static func loggable(_ path: String) -> String {
        var text = ""
        for byte in path.utf8.prefix(200) {
            text += (0x21...0x7E).contains(byte) && byte != UInt8(ascii: "%")
                ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
        }
        return path.utf8.count > 200 ? text + "…" : text
    }
}
