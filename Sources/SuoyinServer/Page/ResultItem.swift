import SuoyinCore

/// One result as the command line shows it: rank, title, section path,
/// date, issuer, number and page, the citation (a link to the passage
/// view, its permalink), the passage with its matches marked, and the
/// copies folded into it or, for documents, how many passages match.
struct ResultItem {
    var language: PageLanguage
    /// The query, for the document view's link.
    var query: String

    func markup(_ result: SearchResult) -> Markup {
        let l = language
        let passageLink = PageLink.to("/passage", [("citation", result.citation), ("q", query)] + l.parameter)
        let documentLink = PageLink.to("/document", [("path", result.path), ("q", query)] + l.parameter)
        var body: [Markup] = [
            .element("h2", [], [
                .element("span", [("class", "rank")], [.text(result.rank.map { "\($0)." } ?? "")]),
                .text(" "),
                .element("a", [("href", documentLink)], [.text(result.title)]),
            ]),
        ]
        if !result.section.isEmpty { body.append(Self.section(result.section, language: l)) }
        body.append(Self.metadata(result, language: l))
        body.append(.element("p", [("class", "cite")], [
            .element("a", [("href", passageLink), ("class", "citation")], [.text(result.citation)]),
        ]))
        body += (result.before ?? []).map { .element("p", [("class", "context")], [.text($0.text)]) }
        body.append(.element("p", [("class", "passage")], [Marked.text(result.text, highlights: result.highlights)]))
        body += (result.after ?? []).map { .element("p", [("class", "context")], [.text($0.text)]) }
        if let matches = result.matches {
            body.append(.element("p", [("class", "matches")], [
                .element("a", [("href", documentLink)], [.text(l.t("本文档共 \(matches) 段匹配 →", "\(matches) matching passages in this document →"))]),
            ]))
        }
        if let copies = result.copies, !copies.isEmpty {
            body.append(.element("details", [("class", "copies")], [
                .element("summary", [], [.text(l.t("另有 \(copies.count) 处相同段落", "\(copies.count) more copies of this passage"))]),
                .element("ul", [], copies.map { copy in
                    .element("li", [], [.element("a", [("href", PageLink.to("/passage", [("citation", copy)] + l.parameter))], [.text(copy)])])
                }),
            ]))
        }
        return .element("li", [("class", "result")], [.element("article", [], body)])
    }

    /// The headings above a passage, outermost first: `一、…` › `（一）…`.
    static func section(_ section: [String], language: PageLanguage) -> Markup {
        .element("nav", [("class", "section"), ("aria-label", language.t("章节", "Section"))], [
            .text(section.joined(separator: " › ")),
        ])
    }

    /// Date, issuer, number and page, those that are known.
    static func metadata(_ result: SearchResult, language l: PageLanguage) -> Markup {
        let items: [(String, String?)] = [
            (l.t("日期", "Date"), result.date), (l.t("发文机关", "Issuer"), result.issuer),
            (l.t("文号", "Number"), result.number), (l.t("页", "Page"), result.page.map(String.init)),
        ]
        return .element("dl", [("class", "meta")], items.compactMap { label, value in
            value.map { Markup.join([.element("dt", [], [.text(label)]), .element("dd", [], [.text($0)])]) }
        })
    }
}
