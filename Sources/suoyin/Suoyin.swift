import ArgumentParser

/// The `suoyin` command: index Chinese documents, search them, cite passages.
@main
struct Suoyin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suoyin",
        abstract: "Index Chinese documents, search phrases and cite the passages found.",
        discussion: """
            Examples:
              suoyin index Corpus                 Index Corpus/ into Index/suoyin.sqlite.
              suoyin search 法治政府建设           Print the ten best passages, with citations.
              suoyin show Corpus/cixi-2023.txt:7:1 --context 1
                                                  Print a cited passage and its neighbours.
            """,
        subcommands: [IndexCommand.self, SearchCommand.self, ShowCommand.self, StatsCommand.self]
    )
}
