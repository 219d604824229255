import ArgumentParser
import Foundation

/// How `suoyin` and `suoyin-serve` run their commands, so that both answer a usage error the same way.
package enum CommandMain {
    /// Exit status of a usage error: 2, as grep and the README promise
    /// (ArgumentParser's own is 64, EX_USAGE).
    package static let usageErrorStatus: Int32 = 2

    /// Parses the command line as `Root`'s, then runs the command it names;
    /// usage errors print ArgumentParser's message and exit 2.
    ///
    /// On the main actor, as the `main()` that calls it: a synchronous command then runs
    /// on the main thread, where `suoyin index` lowers its own priority (Linux sets a
    /// thread's niceness, and `/proc/PID/stat` shows the main thread's).
    @MainActor
    package static func run<Root: ParsableCommand>(_ root: Root.Type) async {
        do {
            var command = try root.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            guard root.exitCode(for: error) == .validationFailure else { root.exit(withError: error) }
            FileHandle.standardError.write(Data((root.fullMessage(for: error) + "\n").utf8))
            Foundation.exit(usageErrorStatus)
        }
    }
}
