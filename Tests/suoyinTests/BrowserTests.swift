import Foundation
import Testing

/// The end-to-end test of `suoyin serve` in a real browser: `Tests/Browser/run`
/// drives headless Chromium (Debian's `chromium` and `chromium-driver`) with
/// selenium against the built binary; what it checks is listed in
/// `Tests/Browser/browser_test.py`. It runs with the rest of `swift test`.
@Suite("Browser")
struct BrowserTests {
    @Test("suoyin serve in headless Chromium: search, highlight, page, filter, passage view, copy, hostile documents as text")
    func browser() throws {
        try #require(FileManager.default.isExecutableFile(atPath: SuoyinProcess.binary),
                     "No suoyin binary at \(SuoyinProcess.binary): run 'swift build' before 'swift test'.")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [SuoyinProcess.packageRoot.appendingPathComponent("Tests/Browser/run").path, SuoyinProcess.binary]
        process.currentDirectoryURL = SuoyinProcess.packageRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains(" checks passed, 0 failed"), "\(text)")
    }
}
