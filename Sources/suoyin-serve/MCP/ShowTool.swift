import MCP
import SuoyinCommandLine
import SuoyinCore

/// The `show` tool: the passage a citation names, as `suoyin show --json`
/// gives it, with its neighbours in `before` and `after` when asked for (as
/// `suoyin search --context` adds them).
enum ShowTool {
    /// The most passages on each side one call returns.
    static let maximumContext = 10

    static let definition = Tool(
        name: "show",
        title: "Show a cited passage 查看引文段落",
        description: """
            Return the passage a citation names (PATH:LINE:COL as 'search' gives it, or PATH:LINE for the line's \
            first passage), whole, with its document's title, section, date and issuer, and optionally the passages \
            around it. Use it to read a search result in full before quoting it; cite it as PATH:LINE:COL. \
            按引文位置返回完整段落及其文档标题、章节、日期、发文机关，可附前后段落。引用前用它通读原文；引用时注明 PATH:LINE:COL。
            """,
        inputSchema: [
            "type": "object",
            "properties": [
                "citation": [
                    "type": "string", "minLength": 1,
                    "description": "The citation, e.g. Corpus/cixi-2023.txt:7:1. 引文位置，如 Corpus/cixi-2023.txt:7:1。",
                ],
                "context": [
                    "type": "integer", "minimum": 0, "maximum": .int(maximumContext), "default": 0,
                    "description": "Passages to return before and after it (0–10, default 0). 前后各附的段落数（0–10，默认 0）。",
                ],
            ],
            "required": ["citation"],
            "additionalProperties": false,
        ],
        annotations: .init(readOnlyHint: true, openWorldHint: false))

    /// Looks the passage up as `suoyin show --json` does.
    static func call(_ values: [String: Value]?, index: IndexHandle) throws(MCPError) -> CallTool.Result {
        let arguments = try ToolArguments(tool: definition.name, values: values, allowed: ["citation", "context"])
        let citation = try arguments.requiredString("citation")
        let context = try arguments.integer("context", default: 0, in: 0...maximumContext)
        let found: PassageLookup.Found
        do {
            found = try PassageLookup(database: try index.database()).passage(at: try Citation(parsing: citation), context: context)
        } catch {
            return ToolOutput.failure(error.description)
        }
        var passage = found.passage
        if context > 0 {
            passage.before = found.before.map { ContextPassage(citation: $0.citation, line: $0.line, text: $0.text) }
            passage.after = found.after.map { ContextPassage(citation: $0.citation, line: $0.line, text: $0.text) }
        }
        return try ToolOutput.result(passage, text: text(of: found))
    }

    /// The passage as `suoyin show` prints it, with a warning when its file changed since it was indexed.
    private static func text(of found: PassageLookup.Found) -> String {
        var lines = PassageText.lines(of: found)
        if let staleness = found.staleness {
            lines.insert(TerminalText.escaped("Warning: \(staleness); the passage is shown as indexed."), at: 0)
        }
        return lines.joined(separator: "\n")
    }
}
