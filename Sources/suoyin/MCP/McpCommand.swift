import ArgumentParser
import MCP

/// `suoyin mcp`: a Model Context Protocol server over stdio, for AI assistants.
struct McpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve the index to AI assistants over the Model Context Protocol (stdio).",
        discussion: """
            Reads JSON-RPC messages on standard input and answers on standard
            output, one per line; logs go to standard error. The tools are
            search, show, verify and stats (see the README, MCP server). An MCP client starts
            it as, for example:

              {"command": "suoyin", "args": ["mcp", "--index", "/path/to/Index/suoyin.sqlite"]}

            The index is opened for each call and reopened when 'suoyin index
            --rebuild' replaces it, so the server can run while it is indexed.
            """)

    @OptionGroup var location: IndexLocation

    func run() async throws {
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
