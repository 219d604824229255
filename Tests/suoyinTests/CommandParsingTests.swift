import ArgumentParser
import Testing
@testable import suoyin

/// Command lines parsed in-process (`parseAsRoot`), as the binary parses
/// them: which command runs, with which values, and which lines are refused
/// with which message and exit status — without running anything.
@Suite("command-line parsing")
struct CommandParsingTests {
    /// Parses `arguments` and returns the command, which must be a `Command`.
    private func parse<Command: ParsableCommand>(_ arguments: [String], as _: Command.Type) throws -> Command {
        let command = try Suoyin.parseAsRoot(arguments)
        return try #require(command as? Command, "\(arguments) parsed as \(type(of: command))")
    }

    /// The message and exit status the binary prints for `arguments`, which must not parse.
    private func refusalOf(_ arguments: [String]) -> (message: String, status: Int32)? {
        do {
            _ = try Suoyin.parseAsRoot(arguments)
            return nil
        } catch {
            return (Suoyin.message(for: error), Suoyin.exitCode(for: error).rawValue)
        }
    }

    @Test("search takes every option, and its query keeps '-' terms and OR")
    func searchOptions() throws {
        let search = try parse([
            "search", "--index", "x.sqlite", "--limit", "3", "--offset", "2", "--json", "--color", "never", "--path", "*/cixi-*",
            "--path", "Corpus/a.txt", "--since", "2022", "--until", "2023-06-30", "--issuer", "司法局", "--issuer", "錫山",
            "--number", "〔2023〕", "法治", "-政府", "OR", "督察",
        ], as: SearchCommand.self)
        #expect(search.location.explicitPath == "x.sqlite")
        #expect(search.location.path == "x.sqlite")
        #expect(search.limit == 3)
        #expect(search.offset == 2)
        #expect(search.json)
        #expect(search.color == .never)
        #expect(search.pathPatterns == ["*/cixi-*", "Corpus/a.txt"])
        #expect(search.since == "2022")
        #expect(search.until == "2023-06-30")
        #expect(search.issuers == ["司法局", "錫山"])
        #expect(search.numbers == ["〔2023〕"])
        #expect(search.query == ["法治", "-政府", "OR", "督察"])
    }

    @Test("search defaults: ten results from the first, text output, no filters, the default index")
    func searchDefaults() throws {
        let search = try parse(["search", "法治政府建设"], as: SearchCommand.self)
        #expect(search.location.explicitPath == nil)
        #expect((search.limit, search.offset, search.json, search.color) == (10, 0, false, .auto))
        #expect(search.pathPatterns == [])
        #expect(search.since == nil && search.until == nil)
        #expect(search.issuers == [] && search.numbers == [])
        #expect(search.query == ["法治政府建设"])
    }

    @Test("options may follow the query, and a lone '-term' is a query term")
    func searchOptionsAfterQuery() throws {
        let search = try parse(["search", "-政府", "法治", "--limit", "0", "--json"], as: SearchCommand.self)
        #expect(search.query == ["-政府", "法治"])
        #expect(search.limit == 0)
        #expect(search.json)
    }

    @Test("index takes paths, --rebuild, --encoding and -q; without paths it refreshes what the index holds")
    func indexOptions() throws {
        let index = try parse(["index", "--index", "x.sqlite", "--rebuild", "--encoding", "gbk", "-q", "a", "b/c.txt"],
                              as: IndexCommand.self)
        #expect(index.location.path == "x.sqlite")
        #expect(index.rebuild && index.quiet)
        #expect(index.encoding == "gbk")
        #expect(index.paths == ["a", "b/c.txt"])
        let defaults = try parse(["index"], as: IndexCommand.self)
        #expect(!defaults.rebuild && !defaults.quiet && defaults.encoding == nil)
        #expect(defaults.paths == [])
        #expect(try parse(["index", "--quiet"], as: IndexCommand.self).quiet)
    }

    @Test("show takes a citation, --context and --json")
    func showOptions() throws {
        let show = try parse(["show", "--context", "2", "--json", "Corpus/cixi-2023.txt:7:1"], as: ShowCommand.self)
        #expect(show.citation == "Corpus/cixi-2023.txt:7:1")
        #expect(show.context == 2)
        #expect(show.json)
        let defaults = try parse(["show", "Corpus/cixi-2023.txt:7"], as: ShowCommand.self)
        #expect(defaults.context == 0 && !defaults.json && defaults.location.explicitPath == nil)
    }

    @Test("stats takes --json and --check")
    func statsOptions() throws {
        let stats = try parse(["stats", "--json", "--check", "--index", "x.sqlite"], as: StatsCommand.self)
        #expect(stats.json && stats.check)
        #expect(stats.location.path == "x.sqlite")
        let defaults = try parse(["stats"], as: StatsCommand.self)
        #expect(!defaults.json && !defaults.check)
    }

    /// ArgumentParser calls these validation failures (status 64); the binary
    /// exits with `CommandMain.usageErrorStatus` (2) for them, as the golden files show.
    @Test("refused command lines: the message, and a validation failure", arguments: [
        (["search"], "Missing expected argument '<query> ...'"),
        (["search", "--bogus", "法治"], "Unknown option '--bogus'. See 'suoyin search --help' for the options."),
        (["search", "法治", "--limit=-1"], "--limit must be 0 or more."),
        (["search", "法治", "--offset=-3"], "--offset must be 0 or more."),
        (["search", "法治", "--limit", "-1"], "--limit must be 0 or more."),
        (["search", "法治", "--color", "sometimes"],
         "The value 'sometimes' is invalid for '--color <when>'. Please provide one of 'auto', 'always' or 'never'."),
        (["search", "法治", "--limit", "ten"], "The value 'ten' is invalid for '--limit <limit>'"),
        (["show"], "Missing expected argument '<citation>'"),
        (["show", "--context=-1", "Corpus/cixi-2023.txt:7"], "--context must be 0 or more."),
        (["stats", "--bogus"], "Unknown option '--bogus'"),
        (["index", "--encoding"], "Missing value for '--encoding <name>'"),
        (["frobnicate"], "Unexpected argument 'frobnicate'"),
    ] as [([String], String)])
    func refused(arguments: [String], message: String) throws {
        let refusal = try #require(refusalOf(arguments), "\(arguments) parsed")
        #expect(refusal.message == message)
        #expect(refusal.status == ExitCode.validationFailure.rawValue)
    }

    @Test("--help, -h and 'help COMMAND' parse as ArgumentParser's help request, not as a command to run", arguments: [
        ["--help"], ["-h"], ["index", "--help"], ["search", "--help"], ["show", "-h"], ["stats", "--help"], ["help", "show"],
    ])
    func help(arguments: [String]) throws {
        let command = try Suoyin.parseAsRoot(arguments)
        #expect(String(describing: type(of: command)) == "HelpCommand")
    }

    @Test("each command's help starts with its abstract and its usage line", arguments: [
        (IndexCommand.self as ParsableCommand.Type, "index"), (SearchCommand.self, "search"), (ShowCommand.self, "show"),
        (StatsCommand.self, "stats"),
    ])
    func helpText(command: ParsableCommand.Type, name: String) {
        let help = Suoyin.helpMessage(for: command, columns: 200)
        #expect(help.hasPrefix("OVERVIEW: \(command.configuration.abstract)\n"), "\(help)")
        #expect(help.contains("\nUSAGE: suoyin \(name) ["), "\(help)")
    }
}
