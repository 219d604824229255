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
            return unencodable
        }
    }

    /// The body `value` makes of `answer`'s results, encoded once and kept with the answer.
    static func make(_ answer: SearchAnswer, _ value: (SearchResponse) -> some Encodable) -> Response {
        do {
            return body(try answer.jsonBody { response in try ResultJSON.encoder().encode(value(response)) }, status: .ok)
        } catch {
            return unencodable
        }
    }

    // Only a score that is not a finite number could fail; say so without internals.
    private static var unencodable: Response {
        problem(RequestProblem(.internalServerError, "The result cannot be encoded as JSON. Please report this query."))
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
