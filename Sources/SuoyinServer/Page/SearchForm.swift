/// The search form: the query box, which takes the whole grammar, and the
/// filters and options behind a disclosure, all plain GET parameters.
struct SearchForm {
    var language: PageLanguage
    var parameters: QueryString

    func markup() -> Markup {
        let l = language
        let value = { (name: String) in (try? parameters.value(name)) ?? "" }
        // The options stay open when any differs from its default, so that a filtered page says so.
        let defaults = ["group": "passages", "sort": "relevance", "within": "paragraph", "context": "0", "limit": "10"]
        let hasOptions = ["path", "since", "until", "issuer", "number", "group", "sort", "within", "context", "copies", "exact", "limit"]
            .contains { !value($0).isEmpty && value($0) != defaults[$0] }
        var fields: [Markup] = [
            .element("div", [("class", "query")], [
                .element("label", [("for", "q"), ("class", "visually-hidden")], [.text(l.t("查询", "Query"))]),
                .element("input", [("type", "search"), ("id", "q"), ("name", "q"), ("value", value("q")),
                                   ("maxlength", String(SearchRequest.maximumQueryLength)), ("autofocus", ""),
                                   ("placeholder", l.t("例如：法治政府建设  或  法治 NOT 督察", "e.g. 法治政府建设 or 法治 NOT 督察")),
                                   ("aria-describedby", "grammar")]),
                .element("button", [("type", "submit")], [.text(l.t("搜索", "Search"))]),
            ]),
            .element("p", [("id", "grammar"), ("class", "hint")], [.text(l.t(
                "空格或 AND：同段都有；OR：任一；NOT 或 -：排除；\"…\"：短语；a NEAR/10 b：相距 10 字内；=第12条：只按原样匹配。",
                "Space or AND: all in one paragraph; OR: either; NOT or -: exclude; \"…\": phrase; a NEAR/10 b: within 10 characters; =第12条: only as written."))]),
        ]
        let options: [Markup] = [
            field("path", l.t("路径（通配符）", "Path (glob)"), value("path"), placeholder: "*2022*"),
            field("since", l.t("起始日期", "From date"), value("since"), placeholder: "2022 / 2022-06 / 2022-06-30"),
            field("until", l.t("截止日期", "To date"), value("until"), placeholder: "2023-12-31"),
            field("issuer", l.t("发文机关", "Issuer"), value("issuer"), placeholder: "司法局"),
            field("number", l.t("发文字号", "Document number"), value("number"), placeholder: "国发〔2021〕"),
            select("group", l.t("结果", "Results"), value("group"),
                   [("passages", l.t("逐段", "Passages")), ("documents", l.t("按文档归组", "Grouped by document"))]),
            select("sort", l.t("排序", "Order"), value("sort"),
                   [("relevance", l.t("相关度", "Relevance")), ("date", l.t("日期（新到旧）", "Date, newest first")),
                    ("path", l.t("文档顺序", "Document order"))]),
            select("within", l.t("多词须同在", "Terms together in"), value("within"),
                   [("paragraph", l.t("同一段落", "One paragraph")), ("passage", l.t("同一片段", "One passage")),
                    ("document", l.t("同一文档", "One document"))]),
            select("limit", l.t("每页", "Per page"), value("limit"), [("10", "10"), ("20", "20"), ("50", "50"), ("100", "100")]),
            select("context", l.t("上下文", "Context"), value("context"),
                   [("0", l.t("无", "None")), ("1", "1"), ("2", "2"), ("3", "3")]),
            checkbox("copies", "all", l.t("逐一列出重复段落", "List each copy as a result"), value("copies") == "all"),
            checkbox("exact", "1", l.t("数字只按原样匹配", "Numbers only as written"), !value("exact").isEmpty),
        ]
        fields.append(.element("details", [("class", "options"), ("open", hasOptions ? "" : nil)], [
            .element("summary", [], [.text(l.t("筛选与选项", "Filters and options"))]),
            .element("div", [("class", "grid")], options),
        ]))
        if l.isChosen { fields.append(.element("input", [("type", "hidden"), ("name", "lang"), ("value", l.isEnglish ? "en" : "zh")])) }
        return .element("form", [("method", "get"), ("action", "/"), ("role", "search"), ("class", "search")], fields)
    }

    private func field(_ name: String, _ label: String, _ value: String, placeholder: String) -> Markup {
        .element("div", [("class", "field")], [
            .element("label", [("for", "f-" + name)], [.text(label)]),
            .element("input", [("type", "text"), ("id", "f-" + name), ("name", name), ("value", value), ("placeholder", placeholder)]),
        ])
    }

    private func select(_ name: String, _ label: String, _ value: String, _ choices: [(String, String)]) -> Markup {
        .element("div", [("class", "field")], [
            .element("label", [("for", "f-" + name)], [.text(label)]),
            .element("select", [("id", "f-" + name), ("name", name)], choices.map { choice in
                .element("option", [("value", choice.0), ("selected", choice.0 == value ? "" : nil)], [.text(choice.1)])
            }),
        ])
    }

    private func checkbox(_ name: String, _ on: String, _ label: String, _ checked: Bool) -> Markup {
        .element("div", [("class", "field check")], [
            .element("input", [("type", "checkbox"), ("id", "f-" + name), ("name", name), ("value", on), ("checked", checked ? "" : nil)]),
            .element("label", [("for", "f-" + name)], [.text(label)]),
        ])
    }
}
