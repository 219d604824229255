import ArgumentParser
import Foundation

/// When results are printed in colour: `--color auto|always|never`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    /// On a terminal, unless `NO_COLOR` is set or `TERM` is `dumb`.
    case auto
    case always
    case never

    /// Whether to print colour to stdout, in `environment`.
    func usesColor(environment: [String: String] = ProcessInfo.processInfo.environment,
                   stdoutIsTerminal: Bool = isatty(STDOUT_FILENO) == 1) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            return stdoutIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }
}
