import ArgumentParser
import SuoyinCommandLine

/// `suoyin serve`: its arguments checked here, the server run by `suoyin-serve` (``ServerProgram``).
struct ServeCommand: ParsableCommand {
    static let configuration = ServeOptions.command

    @OptionGroup var options: ServeOptions

    func run() throws {
        throw ServerProgram.replaceProcess(for: "serve")
    }
}

/// `suoyin mcp`: its arguments checked here, the server run by `suoyin-serve` (``ServerProgram``).
struct McpCommand: ParsableCommand {
    static let configuration = McpOptions.command

    @OptionGroup var options: McpOptions

    func run() throws {
        throw ServerProgram.replaceProcess(for: "mcp")
    }
}
