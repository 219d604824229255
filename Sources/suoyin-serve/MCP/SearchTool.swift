import MCP
import SuoyinCore

/// The `search` tool: ranked passages for a query, as `suoyin search --json`
/// gives them, with a short text that puts each citation beside its passage.
enum SearchTool {
    /// The most results one call returns, so that an assistant's context is not flooded.
    static let maximumLimit = 50

    static let definition = Tool(
        name: "search",
        title: "Search passages 检索段落",
        description: """
            Search the indexed Chinese documents and return ranked passages, each with its citation PATH:LINE:COL. \
            在已索引的中文文档中检索，返回按相关度排序的段落，每段附引文位置 PATH:LINE:COL。

            Query grammar 查询语法:
            - Each term matches as a phrase, in simplified or traditional script (法治政府建設 finds 法治政府建设). \
            每个词按短语匹配，简繁通查。
            - Terms separated by spaces or AND must all match within one paragraph (see 'within'); OR gives \
            alternatives; NOT or a leading - excludes; ( ) or （ ） group; NOT binds tighter than AND, AND than OR. \
            空格或 AND：都须出现；OR：任一出现；NOT 或前缀 -：排除；括号分组；优先级 NOT > AND > OR。
            - Quotes ("", “”, 「」, 『』) make one phrase whose spaces match any separator or none. 引号内为一个短语。
            - a NEAR/10 b: both within 10 characters. a NEAR/10 b：两词相距不超过 10 个字。
            - A number matches in Arabic or Chinese numerals (第12条 finds 第十二条); =term matches only as written. \
            数字阿拉伯与汉字写法通查（第12条 可检出 第十二条）；=词 只按原样匹配。
            Examples 例: 法治 AND (政府 OR 行政) NOT 督察 · "依法 行政" OR 執法 -督察 · 依法 NEAR/10 行政 · =2021年

            Long passages are shortened around their matches in the text (the structured results hold them whole). \
            Answers must cite each passage they rely on as PATH:LINE:COL, exactly as given here; use 'show' to \
            read a passage with its neighbours and 'verify' to check a quotation. \
            回答中凡依据某段，必须照录其 PATH:LINE:COL；用 show 查看段落及上下文，用 verify 核对引文。
            """,
        inputSchema: [
            "type": "object",
            "properties": [
                "query": [
                    "type": "string", "minLength": 1,
                    "description": "The query, in the grammar above, e.g. 法治政府建设 or 法治 NOT 督察. 查询式，如 法治政府建设、法治 NOT 督察。",
                ],
                "limit": [
                    "type": "integer", "minimum": 1, "maximum": .int(maximumLimit), "default": 10,
                    "description": "The most results to return (1–50, default 10). 返回结果数上限（1–50，默认 10）。",
                ],
                "offset": [
                    "type": "integer", "minimum": 0, "default": 0,
                    "description": "Results to skip, for the next page. 跳过的结果数，用于翻页。",
                ],
                "path": globs("Only documents whose path matches this glob, or one of these globs (* and ? match any characters, / too), e.g. Corpus/*2022*. 只检索路径匹配此通配符（或其中之一）的文档。"),
                "since": [
                    "type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
                    "description": "Only documents published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD. 只检索此日期及以后发布的文档。",
                ],
                "until": [
                    "type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
                    "description": "Only documents published on or before this date (2022 means up to 2022-12-31). 只检索此日期及以前发布的文档。",
                ],
                "issuer": globs("Only documents whose issuer contains this text (or one of these), in either script. 只检索发文机关包含此文字的文档。"),
                "number": globs("Only documents whose document number (发文字号) contains this text (or one of these), any bracket form. 只检索发文字号包含此文字的文档。"),
                "within": [
                    "type": "string", "enum": .array(SearchScope.allCases.map { .string($0.rawValue) }), "default": "paragraph",
                    "description": "Where terms joined by AND or NEAR must stand together: passage, paragraph (default) or document. AND/NEAR 连接的词须同在一段、一个自然段（默认）或一篇文档中。",
                ],
                "group": [
                    "type": "boolean", "default": false,
                    "description": "One result per document: its best passage, with how many of its passages match. 每篇文档只返回最佳段落及匹配段数。",
                ],
                "sort": [
                    "type": "string", "enum": .array(ResultSort.allCases.map { .string($0.rawValue) }), "default": "relevance",
                    "description": "Order: relevance (default), date (newest first) or path (document order). 排序：相关度（默认）、日期（新者在前）或路径（文内顺序）。",
                ],
                "exact": [
                    "type": "boolean", "default": false,
                    "description": "Match numbers only as written, as =term does for one term. 数字只按原样匹配。",
                ],
            ],
            "required": ["query"],
            "additionalProperties": false,
        ],
        annotations: .init(readOnlyHint: true, openWorldHint: false))

    static let argumentNames = ["query", "limit", "offset", "path", "since", "until", "issuer", "number", "within", "group", "sort", "exact"]

    /// Runs a search as `suoyin search --json` does.
    static func call(_ values: [String: Value]?, index: IndexHandle) throws(MCPError) -> CallTool.Result {
        let arguments = try ToolArguments(tool: definition.name, values: values, allowed: argumentNames)
        let text = try arguments.requiredString("query")
        let limit = try arguments.integer("limit", default: 10, in: 1...maximumLimit)
        let offset = try arguments.integer("offset", default: 0, in: 0...Int.max)
        let pathPatterns = try arguments.strings("path")
        let since = try arguments.string("since")
        let until = try arguments.string("until")
        let issuers = try arguments.strings("issuer")
        let numbers = try arguments.strings("number")
        let scope: SearchScope = try arguments.choice("within", default: .paragraph)
        let group = try arguments.boolean("group", default: false)
        let sort: ResultSort = try arguments.choice("sort", default: .relevance)
        let exact = try arguments.boolean("exact", default: false)
        let options = SearchOptions(limit: limit, offset: offset, grouping: group ? .documents : .passages, sort: sort)
        let page: SearchPage
        do {
            let query = try QueryParser.parse(text, scope: scope, exact: exact)
            let filter = try SearchFilter(
                pathPatterns: pathPatterns, since: since, until: until, issuers: issuers, numbers: numbers)
            let response = try Searcher(database: try index.database()).search(query, filter: filter, options: options)
            page = SearchPage(response: response, notices: query.notices, offset: offset)
        } catch {
            return ToolOutput.failure(error.description)
        }
        return try ToolOutput.result(page, text: page.text(grouping: options.grouping))
    }

    /// A filter that takes one string or a list of strings.
    private static func globs(_ description: String) -> Value {
        ["anyOf": [["type": "string"], ["type": "array", "items": ["type": "string"]]], "description": .string(description)]
    }
}
