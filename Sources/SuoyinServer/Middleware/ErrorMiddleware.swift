import Hummingbird

/// Turns whatever a route throws (Hummingbird's 404 for an unknown path, a
/// problem from a middleware) into the response a client expects: JSON
/// `{"error": …}` under `/api/`, a page elsewhere. Nothing internal is shown.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    let page: @Sendable (RequestProblem, Request) -> Response

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as RequestProblem {
            return respond(problem, to: request)
        } catch let error as HTTPError where error.status == .notFound {
            return respond(RequestProblem(.notFound, "Nothing is at this address. The API is under /api/ (see /api/openapi.json); the search page is /."), to: request)
        } catch let error as HTTPError {
            return respond(RequestProblem(error.status, error.body ?? "The request cannot be answered."), to: request)
        } catch {
            return respond(RequestProblem(.internalServerError, "The request failed unexpectedly. Please report this."), to: request)
        }
    }

    private func respond(_ problem: RequestProblem, to request: Request) -> Response {
        request.uri.path.hasPrefix("/api/") ? JSONResponse.problem(problem) : page(problem, request)
    }
}
