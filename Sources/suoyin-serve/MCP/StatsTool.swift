import MCP
import SuoyinCommandLine
import SuoyinCore

/// The `stats` tool: what the index holds, as `suoyin stats --json` gives it.
enum StatsTool {
    static let definition = Tool(
        name: "stats",
        title: "Index statistics 索引统计",
        description: """
            Return what the index holds: documents, passages, characters, the index file's size, the analyzer \
            version, and the documents per encoding and per format. Takes no arguments. \
            返回索引概况：文档数、段落数、字数、索引文件大小、分析器版本，以及各编码、各格式的文档数。无参数。
            """,
        inputSchema: ["type": "object", "properties": [:], "additionalProperties": false],
        annotations: .init(readOnlyHint: true, openWorldHint: false))

    /// Reads the statistics as `suoyin stats --json` does.
    static func call(_ values: [String: Value]?, index: IndexHandle) throws(MCPError) -> CallTool.Result {
        _ = try ToolArguments(tool: definition.name, values: values, allowed: [])
        let statistics: IndexStatistics
        do {
            statistics = try IndexStatistics(database: try index.database())
        } catch {
            return ToolOutput.failure(error.description)
        }
        return try ToolOutput.result(statistics, text: StatisticsText.lines(statistics).joined(separator: "\n"))
    }
}
