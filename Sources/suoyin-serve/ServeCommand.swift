import ArgumentParser
import Foundation
import SuoyinCore
import SuoyinCommandLine
import SuoyinServer

/// `suoyin serve`: the search page and the JSON API over HTTP (its options in ``ServeOptions``).
struct ServeCommand: ParsableCommand {
    static let configuration = ServeOptions.command

    @OptionGroup var options: ServeOptions

    func run() throws {
        let (location, host, port, token) = (options.location, options.host, options.port, options.token)
        location.announce()
        if !SearchServer.isLoopback(host) {
            Console.diagnose("suoyin: warning: listening on \(host), not on loopback: other machines can connect.")
            if token == nil {
                Console.diagnose("suoyin: warning: no --token: anyone on the network can read the whole collection. Start with --token TOKEN to require one.")
            }
        }
        var settings = SearchServer.Settings(indexPath: location.path, host: host, port: port, token: token)
        settings.keptAnswers = options.cache
        if options.alwaysFresh { settings.previousAnswerAfter = nil }
        // Request lines are written on a thread of their own: an unread stderr must not stop the server.
        let log = LogWriter { line in Console.diagnose(line) }
        let application = SearchServer.application(settings: settings, log: log.log)
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await application.runService() } catch { outcome.error = "\(error)" }
            done.signal()
        }
        done.wait()
        // The last lines go the same way, and the wait for them is bounded: a stderr nobody reads must not
        // keep the server from stopping.
        defer { log.flush() }
        if let error = outcome.error {
            log.log("suoyin: error: the server stopped: \(error). Check that \(host):\(port) is free and an address of this machine.")
            throw ExitCode(2)
        }
        log.log("suoyin: server stopped.")
    }
}

/// The server task's error, read after it ended.
private final class Outcome: @unchecked Sendable {
    var error: String?
}
