import Foundation
import Hummingbird
import SuoyinCore

/// JSON responses of the API, encoded as `suoyin search --json` encodes
/// results (``ResultJSON``): keys sorted, Chinese and slashes unescaped.
enum JSONResponse {
    static let contentType = "application/json; charset=utf-8"

    /// `value` as JSON with `status`.
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        do {
            return body(try ResultJSON.encoder().encode(value), status: status)
        } catch {
            // Only a score that is not a finite number could fail; say so without internals.
            return problem(RequestProblem(.internalServerError, "The result cannot be encoded as JSON. Please report this query."))
        }
    }

    /// `{"error": "…"}` with the problem's status.
    static func problem(_ problem: RequestProblem) -> Response {
        var response = make(["error": problem.message], status: problem.status)
        if problem.status == .unauthorized {
            response.headers[.wwwAuthenticate] = "Bearer realm=\"suoyin\""
        }
        return response
    }

    static func body(_ data: Data, status: HTTPResponse.Status, contentType: String = contentType) -> Response {
        Response(status: status, headers: [.contentType: contentType, .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
