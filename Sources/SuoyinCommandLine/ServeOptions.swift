import ArgumentParser

/// The options of `suoyin serve` and its help, defined once for both programs: `suoyin`,
/// which parses them and hands the command over, and `suoyin-serve`, which serves.
package struct ServeOptions: ParsableArguments {
    /// The command's name, summary and help text.
    package static let command = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a search page and a JSON API over HTTP.",
        discussion: """
            Open http://127.0.0.1:8383/ in a browser. The API: /api/search?q=…,
            /api/show?citation=…, /api/stats, described at /api/openapi.json.
            The server answers from the index as it is at each request: batches
            that 'suoyin index' commits appear at once (a slow search answered
            before the commit sends that answer, marked 'Suoyin-Answer: previous',
            until it has run again; --always-fresh waits for it), and an index
            rebuilt with --rebuild is picked up without a restart. Ctrl-C
            (SIGINT) or SIGTERM stops it after the requests in progress. One
            line per request is logged on stderr.

              suoyin serve
              suoyin serve --host 0.0.0.0 --token "$(head -c 16 /dev/urandom | base64)"
            """)

    /// How many answers `--cache` keeps by default: the server's own default
    /// (`SearchServer.Settings.defaultKeptAnswers`, which a test compares), written
    /// here so that `suoyin` need not link the server to print its help.
    package static let defaultKeptAnswers = 2_048

    @OptionGroup package var location: IndexLocation

    @Option(help: "The address to listen on; anything but loopback lets other machines connect.")
    package var host = "127.0.0.1"

    @Option(help: "The TCP port to listen on (0 picks a free one).")
    package var port = 8383

    @Option(help: ArgumentHelp(
        "Require this token: 'Authorization: Bearer TOKEN' for the API, a login form for the page.", valueName: "token"))
    package var token: String?

    @Option(help: ArgumentHelp(
        "Keep the answers of this many recent searches while the index is unchanged (0 keeps none).", valueName: "n"))
    package var cache = ServeOptions.defaultKeptAnswers

    @Flag(help: "After a commit, wait for each search again, however long: never send the answer from before the commit (marked 'Suoyin-Answer: previous') while a slow one runs.")
    package var alwaysFresh = false

    package init() {}

    package func validate() throws {
        guard cache >= 0 else { throw ValidationError("--cache must be 0 or more.") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535.") }
        if let token {
            guard token.utf8.count >= 8, token.unicodeScalars.allSatisfy({ $0.isASCII && Self.tokenCharacters.contains(Character($0)) })
            else {
                throw ValidationError("--token must be at least 8 characters of letters, digits and - . _ ~ + / =.")
            }
        }
    }

    private static let tokenCharacters = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/=")
}
