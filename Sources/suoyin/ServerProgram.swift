import ArgumentParser
import Foundation
import SuoyinCommandLine

/// `suoyin-serve`, the program beside `suoyin` that runs `serve` and `mcp`.
///
/// Those two commands need an HTTP server (Hummingbird, SwiftNIO) and the MCP SDK,
/// which brings Foundation's networking and libcurl with its 30 libraries: loading
/// them and scanning their protocol conformances cost every `suoyin` process about
/// 6 ms, a search a third of its time. So, as git and cargo run `git-foo` and
/// `cargo-foo`, `suoyin` checks the arguments of `serve` and `mcp` (the same
/// definitions, ``ServeOptions`` and ``McpOptions``) and then becomes `suoyin-serve`
/// with the same arguments: `execv`, not a child, so the process, its id, its
/// signals and its stdin and stdout (the MCP protocol's pipe) stay the client's.
enum ServerProgram {
    /// The program's file name, looked for in the folder of the running `suoyin`.
    static let name = "suoyin-serve"

    /// Replaces this process with `suoyin-serve` and this process's own arguments
    /// (their bytes as given); returns only when that fails, with exit status 2
    /// after saying why on stderr.
    static func replaceProcess(for command: String) -> ExitCode {
        let path = siblingPath()
        fflush(nil)
        execv(path, CommandLine.unsafeArgv)
        let reason = errno
        if reason == ENOENT {
            Console.diagnose("suoyin: error: cannot run 'suoyin \(command)': \(path) is missing (serve and mcp are in a program beside suoyin). Build it with 'swift build -c release --static-swift-stdlib --product \(name)' and put it beside suoyin.")
        } else {
            Console.diagnose("suoyin: error: cannot run 'suoyin \(command)': \(path): \(String(cString: strerror(reason))). Check that it is an executable file.")
        }
        return ExitCode(2)
    }

    /// `suoyin-serve` in the folder of this executable (its real file, through
    /// /proc/self/exe, so that a symbolic link to `suoyin` on the PATH works).
    private static func siblingPath() -> String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent(name).path
    }
}
