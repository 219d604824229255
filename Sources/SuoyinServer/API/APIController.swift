import HTTPTypes
import Hummingbird
import SuoyinCore

/// The JSON API: `/api/search`, `/api/show`, `/api/stats` and its OpenAPI
/// description `/api/openapi.json`. Every error is `{"error": "…"}` with
/// the status that fits it (see ``RequestProblem``).
struct APIController {
    let service: IndexService

    func addRoutes(to group: RouterGroup<BasicRequestContext>) {
        group.get("search") { request, _ in await respond { () async throws(RequestProblem) in try await search(request) } }
        group.get("show") { request, _ in await respond { () async throws(RequestProblem) in try await show(request) } }
        group.get("stats") { request, _ in
            await respond { () async throws(RequestProblem) in
                try QueryString(request.uri.query).requireKnown([])
                return JSONResponse.make(try await service.statistics())
            }
        }
        group.get("openapi.json") { _, _ in
            JSONResponse.body(OpenAPIDocument.json, status: .ok)
        }
    }

    /// `GET /api/search`: one page of results and the totals.
    private func search(_ request: Request) async throws(RequestProblem) -> Response {
        let parameters = try QueryString(request.uri.query)
        try parameters.requireKnown(SearchRequest.parameterNames)
        let search = try SearchRequest(parameters)
        let served = try await service.search(search)
        var response = JSONResponse.make(served.answer) { response in
            SearchBody(query: search.text, notices: search.query.notices, limit: search.options.limit,
                       offset: search.options.offset, total: response.total, results: response.results)
        }
        if served.isPrevious { response.headers[Self.answerStateHeader] = "previous" }
        return response
    }

    /// Present, as `previous`, on an answer from before the last commit, sent while the search runs again.
    static let answerStateHeader = HTTPField.Name("Suoyin-Answer")!

    /// `GET /api/show`: a passage by citation, with context.
    private func show(_ request: Request) async throws(RequestProblem) -> Response {
        let parameters = try QueryString(request.uri.query)
        try parameters.requireKnown(["citation", "context"])
        let citation = try ShowRequest.citation(parameters)
        let context = try parameters.integer("context", in: 0...SearchRequest.maximumContext, default: 0)
        let found = try await service.passage(at: citation, context: context)
        return JSONResponse.make(ShowBody(found))
    }

    /// The handler's response, or its problem as a JSON error.
    private func respond(_ body: () async throws(RequestProblem) -> Response) async -> Response {
        do {
            return try await body()
        } catch {
            return JSONResponse.problem(error)
        }
    }
}

/// The citation a request names, checked before any lookup.
enum ShowRequest {
    /// The longest citation accepted, in bytes: longer than any path the file system allows.
    static let maximumCitationLength = 4_200

    static func citation(_ parameters: QueryString) throws(RequestProblem) -> Citation {
        guard let text = try parameters.value("citation") else {
            throw .parameter("citation", "give a citation as PATH:LINE or PATH:LINE:COL, e.g. citation=Corpus/cixi-2023.txt:7:1.")
        }
        guard text.utf8.count <= maximumCitationLength else {
            throw .parameter("citation", "\(text.utf8.count) bytes long; at most \(maximumCitationLength) are allowed.")
        }
        do {
            return try Citation(parsing: text)
        } catch {
            throw RequestProblem(error)
        }
    }
}

/// The body of `GET /api/search`.
struct SearchBody: Encodable {
    var query: String
    /// How an unclosed quote or a stray operator was repaired, as `suoyin search` notes them.
    var notices: [String]
    var limit: Int
    var offset: Int
    var total: SearchTotal
    /// Each exactly the object `suoyin search --json` prints.
    var results: [SearchResult]
}

/// The body of `GET /api/show`.
struct ShowBody: Encodable {
    /// Shaped like a search result, as `suoyin show --json` prints it.
    var passage: SearchResult
    var before: [SearchResult]
    var after: [SearchResult]
    var encoding: String
    /// Why the file no longer matches the index (changed, gone), or null.
    var staleness: String?

    init(_ found: PassageLookup.Found) {
        passage = found.passage
        before = found.before
        after = found.after
        encoding = found.encoding
        staleness = found.staleness
    }

    private enum CodingKeys: String, CodingKey { case passage, before, after, encoding, staleness }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(passage, forKey: .passage)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
        try container.encode(encoding, forKey: .encoding)
        try container.encode(staleness, forKey: .staleness)
    }
}
