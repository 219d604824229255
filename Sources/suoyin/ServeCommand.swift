import ArgumentParser
import Foundation
import SuoyinCore
import SuoyinServer

/// `suoyin serve`: the search page and the JSON API over HTTP.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a search page and a JSON API over HTTP.",
        discussion: """
            Open http://127.0.0.1:8383/ in a browser. The API: /api/search?q=…,
            /api/show?citation=…, /api/stats, described at /api/openapi.json.
            The server answers from the index as it is at each request: batches
            that 'suoyin index' commits appear at once, and an index rebuilt with
            --rebuild is picked up without a restart. Ctrl-C (SIGINT) or SIGTERM
            stops it after the requests in progress. One line per request is
            logged on stderr.

              suoyin serve
              suoyin serve --host 0.0.0.0 --token "$(head -c 16 /dev/urandom | base64)"
            """)

    @OptionGroup var location: IndexLocation

    @Option(help: "The address to listen on; anything but loopback lets other machines connect.")
    var host = "127.0.0.1"

    @Option(help: "The TCP port to listen on (0 picks a free one).")
    var port = 8383

    @Option(help: ArgumentHelp(
        "Require this token: 'Authorization: Bearer TOKEN' for the API, a login form for the page.", valueName: "token"))
    var token: String?

    @Option(help: ArgumentHelp(
        "Keep the answers of this many recent searches while the index is unchanged (0 keeps none).", valueName: "n"))
    var cache = SearchServer.Settings.defaultKeptAnswers

    func validate() throws {
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

    func run() throws {
        location.announce()
        if !SearchServer.isLoopback(host) {
            Console.diagnose("suoyin: warning: listening on \(host), not on loopback: other machines can connect.")
            if token == nil {
                Console.diagnose("suoyin: warning: no --token: anyone on the network can read the whole collection. Start with --token TOKEN to require one.")
            }
        }
        var settings = SearchServer.Settings(indexPath: location.path, host: host, port: port, token: token)
        settings.keptAnswers = cache
        let application = SearchServer.application(settings: settings) { line in Console.diagnose(line) }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await application.runService() } catch { outcome.error = "\(error)" }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            Console.diagnose("suoyin: error: the server stopped: \(error). Check that \(host):\(port) is free and an address of this machine.")
            throw ExitCode(2)
        }
        Console.diagnose("suoyin: server stopped.")
    }
}

/// The server task's error, read after it ended.
private final class Outcome: @unchecked Sendable {
    var error: String?
}
