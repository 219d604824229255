import Hummingbird
import SuoyinCore

/// The pages: search (`/`), passage view (`/passage`), document view
/// (`/document`) and statistics (`/stats`), server-rendered, each reachable
/// by a plain link or GET form, and the embedded stylesheet and script.
struct PageController {
    let service: IndexService

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in await search(request) }
        router.get("passage") { request, _ in await passage(request) }
        router.get("document") { request, _ in await document(request) }
        router.get("stats") { request, _ in await stats(request) }
        router.get("assets/style.css") { _, _ in Assets.response(Assets.css, type: "text/css; charset=utf-8") }
        router.get("assets/app.js") { _, _ in Assets.response(Assets.javaScript, type: "text/javascript; charset=utf-8") }
    }

    private func search(_ request: Request) async -> Response {
        await render(request) { parameters, layout async throws(RequestProblem) in
            let page = SearchPage(language: layout.language, parameters: parameters)
            guard let text = try parameters.value("q"), !text.allSatisfy(\.isWhitespace) else {
                return layout.page(title: layout.language.t("搜索", "Search"), page.content(nil, nil))
            }
            let search = try SearchRequest(parameters)
            let served = try await service.search(search)
            return layout.page(title: text, page.content(search, served.response, isPrevious: served.isPrevious))
        }
    }

    private func passage(_ request: Request) async -> Response {
        await render(request) { parameters, layout async throws(RequestProblem) in
            let citation = try ShowRequest.citation(parameters)
            let context = try parameters.integer("context", in: 0...SearchRequest.maximumContext, default: PassagePage.defaultContext)
            let found = try await service.passage(at: citation, context: context)
            let page = PassagePage(language: layout.language, citation: citation.description,
                                   query: ((try? parameters.value("q")) ?? nil) ?? "", context: context)
            return layout.page(title: found.passage.title, page.content(found))
        }
    }

    private func document(_ request: Request) async -> Response {
        await render(request) { parameters, layout async throws(RequestProblem) in
            guard let path = try parameters.value("path") else { throw .parameter("path", "give the document's path.") }
            guard let query = try parameters.value("q") else {
                throw .parameter("q", layout.language.t("请给出查询，文档视图列出其匹配段落。", "give a query: the document view lists its matching passages."))
            }
            let search = try SearchRequest(DocumentPage.parameters(path: path, query: query))
            let response = try await service.search(search).response
            guard !response.results.isEmpty || response.total.passages > 0 else {
                throw RequestProblem(.notFound, layout.language.t("“\(path)”中没有与“\(query)”匹配的段落，或该文件不在索引中。",
                                                                  "No passage of '\(path)' matches '\(query)', or the file is not in the index."))
            }
            let page = DocumentPage(language: layout.language, path: path, query: query)
            return layout.page(title: response.results.first?.title ?? path, page.content(response))
        }
    }

    private func stats(_ request: Request) async -> Response {
        await render(request) { _, layout async throws(RequestProblem) in
            let status = try await service.statistics()
            return layout.page(title: layout.language.t("索引统计", "Statistics"), StatsPage(language: layout.language).content(status))
        }
    }

    /// The page `body` makes, or a page that states its problem.
    private func render(
        _ request: Request, _ body: (QueryString, PageLayout) async throws(RequestProblem) -> Response
    ) async -> Response {
        let parameters = (try? QueryString(request.uri.query)) ?? .empty
        let layout = Self.layout(request, parameters)
        do {
            // Parameters that do not decode are reported, not ignored.
            _ = try QueryString(request.uri.query)
            return try await body(parameters, layout)
        } catch {
            return layout.problem(error)
        }
    }

    static func layout(_ request: Request, _ parameters: QueryString) -> PageLayout {
        PageLayout(language: PageLanguage(request, parameters: parameters), path: request.uri.path,
                   parameters: parameters.pairs.map { ($0.name, $0.value) })
    }
}
