import ArgumentParser
import MCP
import SuoyinCommandLine

/// `suoyin mcp`: a Model Context Protocol server over stdio, for AI assistants.
struct McpCommand: AsyncParsableCommand {
    static let configuration = McpOptions.command

    @OptionGroup var options: McpOptions

    func run() async throws {
        let location = options.location
        location.announce()
        let index = IndexHandle(path: location.path)
        // Said once at the start: a client's log then shows which index answers, or why none does yet.
        do {
            _ = try index.database()
            Console.diagnose("suoyin mcp: serving \(location.path) on stdio")
        } catch {
            Console.diagnose("suoyin mcp: warning: \(error.description) Serving anyway; each call tries again.")
        }
        let server = Server(
            name: "suoyin", version: SuoyinVersion.release, title: "Suoyin 索引",
            instructions: SuoyinTools.instructions, capabilities: .init(tools: .init(listChanged: false)))
        await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: SuoyinTools.definitions) }
        await server.withMethodHandler(CallTool.self) { parameters in try SuoyinTools.call(parameters, index: index) }
        try await server.start(transport: StdioTransport())
        await server.waitUntilCompleted()
    }
}
