import SuoyinCore

/// The document view: every passage of one document that matches the
/// query, in reading order, each marked and linked to its passage view.
struct DocumentPage {
    var language: PageLanguage
    var path: String
    var query: String

    /// The most passages one document view lists.
    static let limit = 1_000

    /// The search for this document's matches: its path as a glob that matches only itself, in document order.
    static func parameters(path: String, query: String) -> QueryString {
        var parameters = QueryString.empty
        parameters.set([("q", query), ("path", escapedGlob(path)), ("sort", "path"), ("limit", String(limit)), ("copies", "all")])
        return parameters
    }

    func content(_ response: SearchResponse) -> [Markup] {
        let l = language
        let title = response.results.first?.title ?? path
        var content: [Markup] = [
            .element("h1", [], [.text(title)]),
            .element("p", [("class", "path")], [.text(path)]),
            .element("p", [("class", "totals"), ("role", "status")], [.text(l.t(
                "本文档中“\(query)”共 \(response.total.passages) 段匹配，按文中顺序列出。",
                "\(response.total.passages) passages of this document match “\(query)”, in reading order."))]),
        ]
        content.append(.element("ol", [("class", "document-passages")], response.results.map { result in
            .element("li", [], [
                .element("a", [("class", "citation"), ("href", PageLink.to("/passage", [("citation", result.citation), ("q", query)] + l.parameter))],
                         [.text(result.citation)]),
                result.section.isEmpty ? .empty : ResultItem.section(result.section, language: l),
                .element("p", [("class", "passage")], [Marked.text(result.text, highlights: result.highlights)]),
            ])
        }))
        return content
    }

    /// `path` as an SQLite GLOB that matches exactly it: `*`, `?` and `[` bracketed.
    static func escapedGlob(_ path: String) -> String {
        var glob = ""
        for character in path {
            switch character {
            case "*", "?", "[": glob += "[\(character)]"
            default: glob.append(character)
            }
        }
        return glob
    }
}
