import ArgumentParser

/// The options of `suoyin mcp` and its help, defined once for both programs: `suoyin`,
/// which parses them and hands the command over, and `suoyin-serve`, which serves.
package struct McpOptions: ParsableArguments {
    /// The command's name, summary and help text.
    package static let command = CommandConfiguration(
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

    @OptionGroup package var location: IndexLocation

    package init() {}
}
