import Foundation
import Testing

/// `suoyin mcp` driven by the official Python MCP client: `Tests/mcp/test_mcp.py`
/// (what it checks is in its doc string), run with the Python of the virtual
/// environment `.ci/run` makes in `.venv` (`python3 -m venv .venv && .venv/bin/pip
/// install -r Tests/requirements.txt`), or of `$SUOYIN_MCP_PYTHON`.
@Suite("MCP server with a real client")
struct MCPClientTests {
    static let python = ProcessInfo.processInfo.environment["SUOYIN_MCP_PYTHON"]
        ?? SuoyinProcess.packageRoot.appendingPathComponent(".venv/bin/python").path

    static let setUp = """
        The MCP client test needs Python with the 'mcp' package. Set it up with:
          python3 -m venv .venv && .venv/bin/pip install -r Tests/requirements.txt
        (as 'bash .ci/run' does), or point SUOYIN_MCP_PYTHON at a Python that has it.
        """

    @Test("the Python MCP client lists and calls every tool, and bad calls get proper errors")
    func pythonClient() throws {
        try #require(FileManager.default.isExecutableFile(atPath: SuoyinProcess.binary),
                     "No suoyin binary at \(SuoyinProcess.binary): run 'swift build' before 'swift test'.")
        try #require(FileManager.default.isExecutableFile(atPath: Self.python), "No Python at \(Self.python). \(Self.setUp)")
        let root = SuoyinProcess.packageRoot
        let probe = try SuoyinProcess.run(executable: Self.python, ["-c", "import mcp"], in: root)
        try #require(probe.status == 0, "\(Self.python) cannot import mcp. \(Self.setUp)\n\(probe.stderr)")
        let run = try SuoyinProcess.run(
            executable: Self.python, [root.appendingPathComponent("Tests/mcp/test_mcp.py").path, SuoyinProcess.binary],
            in: root)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.hasPrefix("suoyin mcp with the Python MCP client: ") && run.stdout.hasSuffix(" checks passed\n"), "\(run)")
    }
}
