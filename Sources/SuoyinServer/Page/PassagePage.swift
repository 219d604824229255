import SuoyinCore

/// The passage view, a citation's permalink: the passage in its document
/// with passages of context, the cited one marked, its section path, and a
/// ready-to-paste reference to copy.
struct PassagePage {
    var language: PageLanguage
    var citation: String
    var query: String
    var context: Int

    /// The default and largest context of the view, in passages on each side.
    static let defaultContext = 2

    func content(_ found: PassageLookup.Found) -> [Markup] {
        let l = language
        let passage = found.passage
        let reference = Self.reference(passage)
        var content: [Markup] = [
            .element("h1", [], [.text(passage.title)]),
        ]
        if !passage.section.isEmpty { content.append(ResultItem.section(passage.section, language: l)) }
        content.append(ResultItem.metadata(passage, language: l))
        if let staleness = found.staleness {
            content.append(.element("p", [("class", "warning"), ("role", "note")],
                                    [.text(l.t("注意：", "Note: ") + staleness + l.t("；以下为建立索引时的文本。", "; this is the text as indexed."))]))
        }
        let passages = found.before.map { (false, $0) } + [(true, passage)] + found.after.map { (false, $0) }
        content.append(.element("ol", [("class", "document-passages")], passages.map { isCited, item in
            .element("li", [("class", isCited ? "cited" : "context"), ("aria-current", isCited ? "true" : nil)], [
                .element("span", [("class", "line")], [.text(l.t("第 \(item.line) 行", "line \(item.line)"))]),
                .element("p", [], [isCited ? .element("mark", [("class", "cited-text")], [.text(item.text)]) : .text(item.text)]),
            ])
        }))
        content.append(.element("div", [("class", "copy")], [
            .element("label", [("for", "reference")], [.text(l.t("引用", "Citation"))]),
            .element("textarea", [("id", "reference"), ("readonly", ""), ("rows", "3")], [.text(reference)]),
            .element("button", [("type", "button"), ("class", "copy-button"), ("data-copy", "reference"), ("hidden", ""),
                                ("data-done", l.t("已复制", "Copied"))], [.text(l.t("复制引用", "Copy citation"))]),
        ]))
        let more = [("citation", citation), ("q", query)] + l.parameter
        var links: [Markup] = [
            .element("a", [("href", PageLink.to("/document", [("path", passage.path), ("q", query)] + l.parameter))],
                     [.text(l.t("本文档的全部匹配", "All matches in this document"))]),
        ]
        if context < SearchRequest.maximumContext {
            links.append(.element("a", [("href", PageLink.to("/passage", more + [("context", String(min(context + 3, SearchRequest.maximumContext)))]))],
                                  [.text(l.t("更多上下文", "More context"))]))
        }
        if !query.isEmpty {
            links.append(.element("a", [("href", PageLink.to("/", [("q", query)] + l.parameter))], [.text(l.t("返回结果", "Back to results"))]))
        }
        content.append(.element("nav", [("class", "links"), ("aria-label", l.t("相关链接", "Related"))], links))
        return content
    }

    /// A reference ready to paste: 《title》, section, date, issuer, `path:line:col` and the quoted text.
    static func reference(_ passage: SearchResult) -> String {
        let parts = ["《\(passage.title)》", passage.section.joined(separator: " › "), passage.date ?? "", passage.issuer ?? "",
                     passage.citation]
        return parts.filter { !$0.isEmpty }.joined(separator: "，") + "：“\(passage.text)”"
    }
}
