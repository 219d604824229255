import Foundation
import Testing

/// A fresh temporary folder holding a copy of the repository's `Corpus/`.
///
/// Tests run `suoyin` with this folder as the current folder, so documents
/// are cited as `Corpus/NAME.txt`, and write their index to `i.sqlite` in it,
/// never to the repository's `Index/`.
struct CorpusCopy: Sendable {
    /// The repository's corpus, the source of every copy.
    static let source = SuoyinProcess.packageRoot.appendingPathComponent("Corpus")

    /// The temporary folder; `Corpus/` is inside it.
    let folder: URL

    /// The index file tests pass with `--index`.
    var indexPath: String { folder.appendingPathComponent("i.sqlite").path }

    /// Copies `Corpus/` into a new temporary folder.
    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("suoyin-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.source, to: folder.appendingPathComponent("Corpus"))
    }

    /// The URL of `relativePath` inside the copy, e.g. `Corpus/cixi-2023.txt`.
    func url(_ relativePath: String) -> URL { folder.appendingPathComponent(relativePath) }

    /// Runs `suoyin` in the copy's folder.
    func run(_ arguments: [String], environment: [String: String] = [:],
             sourceLocation: SourceLocation = #_sourceLocation) throws -> SuoyinRun {
        try SuoyinProcess.run(arguments, in: folder, environment: environment, sourceLocation: sourceLocation)
    }

    /// Runs a command against this copy's index: `suoyin COMMAND --index i.sqlite REST…`.
    func run(_ command: String, _ rest: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> SuoyinRun {
        try run([command, "--index", indexPath] + rest, sourceLocation: sourceLocation)
    }

    /// Indexes `Corpus` into `i.sqlite` and checks that it worked.
    @discardableResult
    func index(_ extra: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws -> SuoyinRun {
        let run = try run("index", extra + ["Corpus"], sourceLocation: sourceLocation)
        #expect(run.status == 0, "\(run)", sourceLocation: sourceLocation)
        return run
    }

    /// Searches `query` (one argument per element) and decodes the JSON Lines.
    func searchJSON(_ query: [String], limit: Int = 0, offset: Int = 0,
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> [JSONResult] {
        let run = try run("search", ["--json", "--limit", String(limit), "--offset", String(offset)] + query,
                          sourceLocation: sourceLocation)
        #expect(run.status == 0 || run.status == 1, "\(run)", sourceLocation: sourceLocation)
        return try run.stdoutLines.map { try JSONResult(line: $0) }
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// One indexed copy of the corpus shared by every read-only test, built on first use.
enum SharedCorpus {
    private static let built: Result<CorpusCopy, SharedCorpusError> = {
        do {
            let copy = try CorpusCopy()
            let run = try copy.run("index", ["Corpus"])
            guard run.status == 0 else { return .failure(SharedCorpusError(message: "indexing failed: \(run)")) }
            // Nothing else removes the shared copy: remove it when the test process ends.
            atexit { SharedCorpus.removeAtExit() }
            return .success(copy)
        } catch {
            return .failure(SharedCorpusError(message: "\(error)"))
        }
    }()

    /// The shared indexed copy; its tests must not change it.
    static func copy() throws -> CorpusCopy {
        try built.get()
    }

    private static func removeAtExit() {
        if case .success(let copy) = built { copy.remove() }
    }
}

struct SharedCorpusError: Error, CustomStringConvertible {
    var message: String
    var description: String { "Could not build the shared corpus index: \(message)" }
}
