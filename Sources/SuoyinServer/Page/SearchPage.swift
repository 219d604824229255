import SuoyinCore

/// The search page: the form, then (with a query) the repair notes, the
/// totals line, the results and the pager.
struct SearchPage {
    var language: PageLanguage
    var parameters: QueryString

    /// With `isPrevious`, the results are the answer from before the index's
    /// last commit (``IndexService/Served``), and the page says so.
    func content(_ search: SearchRequest?, _ response: SearchResponse?, isPrevious: Bool = false) -> [Markup] {
        let l = language
        var content: [Markup] = [
            .element("h1", [("class", "visually-hidden")], [.text(l.t("搜索", "Search"))]),
            SearchForm(language: l, parameters: parameters).markup(),
        ]
        guard let search, let response else { return content }
        if !search.query.notices.isEmpty {
            content.append(.element("ul", [("class", "notices"), ("role", "status")],
                                    search.query.notices.map { .element("li", [], [.text($0)]) }))
        }
        content.append(.element("p", [("class", "totals"), ("role", "status")], [.text(totals(search, response))]))
        if isPrevious {
            content.append(.element("p", [("class", "notices"), ("role", "status")], [.text(l.t(
                "索引刚刚更新：以下是更新前的结果，新的结果正在查找，稍后刷新本页即可看到。",
                "The index has just been updated: these are the results from before; the new ones are being searched — reload the page in a moment."))]))
        }
        if !response.results.isEmpty {
            let item = ResultItem(language: l, query: search.text)
            content.append(.element("ol", [("class", "results"), ("start", String(search.options.offset + 1))],
                                    response.results.map(item.markup)))
        }
        content.append(pager(search, response))
        return content
    }

    /// The totals line, as `suoyin search` ends its output: `1–10 of 46 passages in 5 documents`.
    func totals(_ search: SearchRequest, _ response: SearchResponse) -> String {
        let l = language
        let total = response.total
        let shown = response.results.count
        let offset = search.options.offset
        if total.passages == 0 { return l.t("没有找到匹配的段落。", "No passage matches.") }
        if shown == 0 {
            return l.t("此页没有结果：共 \(total.passages) 段，分布于 \(total.documents) 篇文档。",
                       "No results on this page: \(total.passages) passages in \(total.documents) documents in all.")
        }
        let range = "\(offset + 1)–\(offset + shown)"
        var line = search.options.grouping == .documents
            ? l.t("第 \(range) 篇，共 \(total.documents) 篇文档（\(total.passages) 段）",
                  "\(range) of \(total.documents) documents (\(total.passages) passages)")
            : l.t("第 \(range) 段，共 \(total.passages) 段，分布于 \(total.documents) 篇文档",
                  "\(range) of \(total.passages) passages in \(total.documents) documents")
        let copies = response.listedCopies
        if copies > 0 { line += l.t("；另有 \(copies) 处重复段落列于其下", ", with \(copies) copies listed under them") }
        return line
    }

    /// Links to the previous and next pages, keeping every other parameter.
    private func pager(_ search: SearchRequest, _ response: SearchResponse) -> Markup {
        let l = language
        let limit = search.options.limit
        let offset = search.options.offset
        let count = search.options.grouping == .documents ? response.total.documents : response.total.passages
        let kept = parameters.pairs.filter { $0.name != "offset" }.map { ($0.name, $0.value) }
        var links: [Markup] = []
        if offset > 0 {
            links.append(.element("a", [("href", PageLink.to("/", kept + [("offset", String(max(offset - limit, 0)))])), ("rel", "prev")],
                                  [.text(l.t("← 上一页", "← Previous"))]))
        }
        let page = offset / limit + 1
        let pages = max((count + limit - 1) / limit, 1)
        links.append(.element("span", [("class", "page")], [.text(l.t("第 \(page) / \(pages) 页", "Page \(page) of \(pages)"))]))
        if offset + limit < count && offset + limit <= SearchRequest.maximumOffset {
            links.append(.element("a", [("href", PageLink.to("/", kept + [("offset", String(offset + limit))])), ("rel", "next")],
                                  [.text(l.t("下一页 →", "Next →"))]))
        }
        return .element("nav", [("class", "pager"), ("aria-label", l.t("翻页", "Pages"))], links)
    }
}
