import Foundation
import Testing

/// `suoyin serve` as a process: the warnings for a non-loopback address,
/// a clean stop on SIGTERM, and usage errors.
@Suite("suoyin serve")
struct ServeCommandTests {
    @Test("an address other than loopback is warned about, twice without --token; one that cannot be bound is an error")
    func warnings() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        // 192.0.2.1 is a documentation address (TEST-NET-1): never this machine's, so the server cannot start.
        let run = try SuoyinProcess.run(["serve", "--index", copy.indexPath, "--host", "192.0.2.1", "--port", "0"], in: copy.folder)
        #expect(run.status == 2)
        #expect(run.stderrLines.first == "suoyin: warning: listening on 192.0.2.1, not on loopback: other machines can connect.")
        #expect(run.stderrLines.dropFirst().first
                == "suoyin: warning: no --token: anyone on the network can read the whole collection. Start with --token TOKEN to require one.")
        #expect(run.stderrLines.last?.hasPrefix("suoyin: error: the server stopped: ") == true, "\(run)")
        #expect(run.stderrLines.last?.hasSuffix("Check that 192.0.2.1:0 is free and an address of this machine.") == true, "\(run)")
        let withToken = try SuoyinProcess.run(
            ["serve", "--index", copy.indexPath, "--host", "192.0.2.1", "--port", "0", "--token", "abcdefgh12"], in: copy.folder)
        #expect(withToken.stderrLines.filter { $0.hasPrefix("suoyin: warning:") }.count == 1)
    }

    @Test("SIGTERM stops the server after it started: exit 0 and a last line")
    func gracefulShutdown() throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SuoyinProcess.binary)
        process.arguments = ["serve", "--index", copy.indexPath, "--port", "0"]
        process.currentDirectoryURL = copy.folder
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var text = ""
        // Reads until the server says it listens (or its stderr closes): an event, not a delay.
        while !text.contains("(Ctrl-C stops)\n") {
            let data = errors.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        #expect(text.range(of: #"^suoyin: serving .*i\.sqlite at http://127\.0\.0\.1:\d+/ \(Ctrl-C stops\)$"#,
                           options: .regularExpression) != nil, "\(text)")
        process.terminate()  // SIGTERM
        text += String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.hasSuffix("suoyin: server stopped.\n"), "\(text)")
    }

    @Test("a bad port or token is a usage error", arguments: [
        (["--port", "70000"], "Error: --port must be from 0 to 65535."),
        (["--token", "short"], "Error: --token must be at least 8 characters of letters, digits and - . _ ~ + / =."),
        (["--token", "has space in it"], "Error: --token must be at least 8 characters of letters, digits and - . _ ~ + / =."),
    ])
    func usageErrors(_ arguments: [String], _ message: String) throws {
        let copy = try CorpusCopy()
        defer { copy.remove() }
        let run = try SuoyinProcess.run(["serve"] + arguments, in: copy.folder)
        #expect(run.status == 2)
        #expect(run.stderrLines.first == message, "\(run)")
    }
}
