import Foundation
import MCP
import SuoyinCommandLine

/// The tools `suoyin mcp` offers, one per verb, and the dispatch of a call to one of them.
enum SuoyinTools {
    /// Tools in the order `tools/list` gives them.
    static let definitions = [SearchTool.definition, ShowTool.definition, VerifyTool.definition, StatsTool.definition]

    /// What the server tells a client about itself when it connects.
    static let instructions = """
        Suoyin searches a collection of Chinese documents (work reports, regulations, notices) in simplified or \
        traditional script and cites every passage as PATH:LINE:COL. Use 'search' to find passages, 'show' to \
        read one whole with its neighbours, 'verify' to check that a quotation stands in the documents (and where), \
        'stats' for what the collection holds. Every statement drawn from \
        the documents must cite its passage as PATH:LINE:COL, exactly as the tools give it. \
        索引（Suoyin）检索简繁体中文文档集，每个段落以 PATH:LINE:COL 标明出处。用 search 检索，用 show 查看段落原文及上下文，\
        用 verify 核对引文是否确见于文档及其出处，用 stats 了解文档集概况。凡依据文档所述，必须照录其 PATH:LINE:COL。
        """

    /// Runs the tool a call names; logs one line per call on stderr.
    ///
    /// Arguments that do not fit the tool's schema and unknown tools throw
    /// ``MCPError/invalidParams(_:)`` (a JSON-RPC error); a call that is well
    /// formed but fails (a bad query, no index) is a result with `isError`.
    static func call(_ parameters: CallTool.Parameters, index: IndexHandle) throws(MCPError) -> CallTool.Result {
        let started = ContinuousClock.now
        let outcome: Result<CallTool.Result, MCPError>
        do throws(MCPError) {
            outcome = .success(try run(parameters, index: index))
        } catch {
            outcome = .failure(error)
        }
        let milliseconds = (ContinuousClock.now - started) / .milliseconds(1)
        let summary = switch outcome {
        case .success(let result) where result.isError == true: "error: " + firstText(of: result)
        case .success: "ok"
        case .failure(let error): "invalid call: " + (error.errorDescription ?? "\(error)")
        }
        Console.diagnose("suoyin mcp: \(parameters.name): \(summary) (\(String(format: "%.0f", milliseconds)) ms)")
        return try outcome.get()
    }

    private static func run(_ parameters: CallTool.Parameters, index: IndexHandle) throws(MCPError) -> CallTool.Result {
        switch parameters.name {
        case SearchTool.definition.name: return try SearchTool.call(parameters.arguments, index: index)
        case ShowTool.definition.name: return try ShowTool.call(parameters.arguments, index: index)
        case VerifyTool.definition.name: return try VerifyTool.call(parameters.arguments, index: index)
        case StatsTool.definition.name: return try StatsTool.call(parameters.arguments, index: index)
        default:
            let names = definitions.map { "'\($0.name)'" }.joined(separator: ", ")
            throw .invalidParams("Unknown tool '\(parameters.name)'. The tools are \(names).")
        }
    }

    private static func firstText(of result: CallTool.Result) -> String {
        guard case .text(let text, _, _)? = result.content.first else { return "" }
        return text
    }
}
