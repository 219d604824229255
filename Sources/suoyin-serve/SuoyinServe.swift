import ArgumentParser
import SuoyinCommandLine

/// `suoyin-serve`: the long-running commands of `suoyin`, `serve` and `mcp`, in a
/// program of their own so that `suoyin` need not load the HTTP server, the MCP SDK
/// and the libraries they bring (libcurl's tree) at every start. `suoyin serve …` and
/// `suoyin mcp …` check their arguments and then become this program (`execv`, the
/// same process), which parses them again with the same definitions.
@main
struct SuoyinServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        // Named `suoyin` so that its usage lines and messages read as they do in `suoyin`.
        commandName: "suoyin",
        abstract: "Run 'suoyin serve' and 'suoyin mcp' (started by suoyin, which it sits beside).",
        version: SuoyinVersion.description,
        subcommands: [ServeCommand.self, McpCommand.self]
    )

    /// Runs the command; usage errors print ArgumentParser's message and exit 2, as in `suoyin`.
    static func main() async {
        await CommandMain.run(Self.self)
    }
}
