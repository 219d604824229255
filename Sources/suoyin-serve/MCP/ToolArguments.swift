import MCP

/// A tool call's arguments, read and checked against what the tool takes.
///
/// Every problem — a missing required argument, a wrong type, a value out of
/// range or not among the allowed ones, an argument the tool does not take —
/// throws ``MCPError/invalidParams(_:)`` naming the argument, which the server
/// sends as a JSON-RPC error: a client that ignores the input schema gets told
/// what to fix, and the server goes on.
struct ToolArguments {
    /// The tool, for messages.
    let tool: String
    private let values: [String: Value]

    /// Checks that every argument given is one the tool takes (`allowed`).
    init(tool: String, values: [String: Value]?, allowed: [String]) throws(MCPError) {
        self.tool = tool
        self.values = values ?? [:]
        if let unknown = self.values.keys.sorted().first(where: { !allowed.contains($0) }) {
            let takes = allowed.isEmpty ? "no arguments" : "only " + allowed.map { "'\($0)'" }.joined(separator: ", ")
            throw .invalidParams("Tool '\(tool)' has no argument '\(unknown)'; it takes \(takes).")
        }
    }

    /// A required string with something other than white space in it.
    func requiredString(_ name: String) throws(MCPError) -> String {
        guard let text = try string(name) else { throw .invalidParams("Argument '\(name)' is required by tool '\(tool)'.") }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw .invalidParams("Argument '\(name)' of tool '\(tool)' is empty; give some text.")
        }
        return text
    }

    /// A string, or nil when the argument is absent or null.
    func string(_ name: String) throws(MCPError) -> String? {
        guard let value = present(name) else { return nil }
        guard case .string(let text) = value else { throw mistyped(name, "a string", value) }
        return text
    }

    /// One string or a list of strings (`"a"` or `["a", "b"]`); empty when absent.
    func strings(_ name: String) throws(MCPError) -> [String] {
        guard let value = present(name) else { return [] }
        switch value {
        case .string(let text): return [text]
        case .array(let items):
            return try items.map { item throws(MCPError) in
                guard case .string(let text) = item else { throw mistyped(name, "a string or a list of strings", value) }
                return text
            }
        default: throw mistyped(name, "a string or a list of strings", value)
        }
    }

    /// An integer in `range`, `defaultValue` when absent. A JSON number with
    /// a fraction of zero (`10.0`) counts as the integer it is.
    func integer(_ name: String, default defaultValue: Int, in range: ClosedRange<Int>) throws(MCPError) -> Int {
        guard let value = present(name) else { return defaultValue }
        let number: Int
        switch value {
        case .int(let integer): number = integer
        case .double(let double) where double.rounded() == double && abs(double) < 9e15: number = Int(double)
        default: throw mistyped(name, "an integer", value)
        }
        guard range.contains(number) else {
            let bounds = range.upperBound == Int.max ? "\(range.lowerBound) or more" : "from \(range.lowerBound) to \(range.upperBound)"
            throw .invalidParams("Argument '\(name)' of tool '\(tool)' must be \(bounds); got \(number).")
        }
        return number
    }

    /// A boolean, `defaultValue` when absent.
    func boolean(_ name: String, default defaultValue: Bool) throws(MCPError) -> Bool {
        guard let value = present(name) else { return defaultValue }
        guard case .bool(let flag) = value else { throw mistyped(name, "true or false", value) }
        return flag
    }

    /// One of an enumeration's raw values, `defaultValue` when absent.
    func choice<Choice: RawRepresentable & CaseIterable>(_ name: String, default defaultValue: Choice) throws(MCPError) -> Choice
    where Choice.RawValue == String {
        guard let text = try string(name) else { return defaultValue }
        guard let choice = Choice(rawValue: text) else {
            let allowed = Choice.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            throw .invalidParams("Argument '\(name)' of tool '\(tool)' must be one of \(allowed); got '\(text)'.")
        }
        return choice
    }

    /// The argument's value; nil when absent or JSON null (as clients send for "not given").
    private func present(_ name: String) -> Value? {
        guard let value = values[name], !value.isNull else { return nil }
        return value
    }

    private func mistyped(_ name: String, _ expected: String, _ value: Value) -> MCPError {
        .invalidParams("Argument '\(name)' of tool '\(tool)' must be \(expected); got \(Self.kind(of: value)).")
    }

    /// The JSON type of a value, for messages (`a number`, `a list`).
    private static func kind(of value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string, .data: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}
