import ArgumentParser
import SuoyinCommandLine

/// The `suoyin` command: index Chinese documents, search them, cite passages.
@main
struct Suoyin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suoyin",
        abstract: "Index Chinese documents, search phrases and cite the passages found.",
        discussion: """
            Examples:
              suoyin index Corpus                 Index Corpus/ into Index/suoyin.sqlite.
              suoyin search 法治政府建设          Print the ten best passages, cited.
              suoyin show Corpus/cixi-2023.txt:7:1 --context 1
                                                  Print a cited passage and its neighbours.
              suoyin verify '坚持党对法治政府建设的全面领导'
                                                  Say where a quotation stands, if it does.
            """,
        version: SuoyinVersion.description,
        subcommands: [
            IndexCommand.self, SearchCommand.self, ShowCommand.self, StatsCommand.self, VerifyCommand.self, ServeCommand.self,
            McpCommand.self,
        ]
    )

    /// Runs the command; usage errors print ArgumentParser's message and exit 2
    /// (``CommandMain/usageErrorStatus``, as grep and the README promise).
    static func main() async {
        await CommandMain.run(Self.self)
    }
}
