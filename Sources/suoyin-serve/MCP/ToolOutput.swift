import Foundation
import MCP
import SuoyinCommandLine
import SuoyinCore

/// Builds a tool's result: the JSON objects the command-line tool prints with
/// `--json`, as the result's structured content, and a short text for models
/// and people that read text.
enum ToolOutput {
    /// A result whose structured content is `object` encoded as `suoyin … --json`
    /// encodes it (keys sorted), with `text` as its text content.
    static func result(_ object: some Encodable, text: String) throws(MCPError) -> CallTool.Result {
        let structured = try value(object)
        // The SDK's initializer for structured content takes any Codable and re-encodes it: a Value as itself.
        do {
            return try CallTool.Result(content: [.text(text: text, annotations: nil, _meta: nil)], structuredContent: structured)
        } catch {
            throw .internalError("Cannot encode the result: \(error).")
        }
    }

    /// A tool error: the call was understood but failed (a bad query, no
    /// index, a citation that names nothing); the message says what to do.
    static func failure(_ message: String) -> CallTool.Result {
        CallTool.Result(content: [.text(text: message, annotations: nil, _meta: nil)], isError: true)
    }

    /// `object` as a JSON value, through the same encoder settings as `JSONLine`.
    static func value(_ object: some Encodable) throws(MCPError) -> Value {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try JSONDecoder().decode(Value.self, from: try encoder.encode(object))
        } catch {
            // JSON cannot express every value (a score that is not a finite number).
            throw .internalError("Cannot encode the result as JSON: \(JSONLine.reason(error)). Please report this.")
        }
    }
}
