import ArgumentParser
import Foundation
import SuoyinCommandLine
import SuoyinCore

/// `suoyin index`: build or update the index.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index files and folders, or bring the index up to date.",
        discussion: """
            Folders are indexed recursively. Unchanged files are skipped, changed files replaced, \
            and files gone from an indexed folder removed. Files that cannot be read or decoded are \
            skipped with a warning; the run goes on. It runs at a lower CPU priority (nice 10), so that \
            searches and a running 'suoyin serve' stay quick while it works.
            """)

    /// The niceness an index run gives itself: a background job, like other indexers'.
    static let niceness: Int32 = 10

    /// Searches wait on the same cores as an index run: let them go first. Never raises a priority.
    private static func yieldToSearches() {
        #if os(Linux)
        let thisProcess = __priority_which_t(PRIO_PROCESS.rawValue)
        #else
        let thisProcess = PRIO_PROCESS
        #endif
        if getpriority(thisProcess, 0) < niceness { setpriority(thisProcess, 0, niceness) }
    }

    @OptionGroup var location: IndexLocation

    @Flag(help: "Build a new index from scratch and replace the old one (or a file that is not an index).")
    var rebuild = false

    @Option(help: ArgumentHelp(
        "Read every file in this encoding instead of detecting it (UTF-8, UTF-16LE, UTF-16BE, GB18030, GBK, Big5).",
        valueName: "name"))
    var encoding: String?

    @Option(help: ArgumentHelp(
        "Skip files larger than this many megabytes (1 to 1048576).", valueName: "MB"))
    var maxFileSize = Indexer.defaultMaximumFileSize >> 20

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Argument(help: ArgumentHelp(
        "Files and folders to index. Without any, every file and folder already in the index is refreshed (a new index: Corpus).",
        valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        guard (1...1 << 20).contains(maxFileSize) else {
            throw ValidationError("--max-file-size must be between 1 and 1048576 (MB).")
        }
    }

    func run() throws {
        location.announce()
        Self.yieldToSearches()
        let paths = try pathsToIndex()
        var forcedEncoding: TextEncoding?
        if let encoding {
            guard let parsed = TextEncoding(name: encoding) else { throw Console.fail(.unknownEncoding(name: encoding)) }
            forcedEncoding = parsed
        }
        let progressLine = ProgressLine()
        let showsProgress = Console.stderrIsTerminal && !quiet
        let quiet = self.quiet
        let errors = ErrorCount()
        // Paths are stored and printed as text: a name that is not UTF-8 is reported, not indexed.
        let undecodable = Console.nonUTF8Arguments.filter { argument in self.paths.contains(argument.repaired) }
        for argument in undecodable {
            Console.diagnose("\(argument.escaped): error: file name is not valid UTF-8; rename it to index it; skipped")
            errors.add()
        }
        let indexable = paths.filter { path in
            !undecodable.contains { path == $0.repaired || path.hasSuffix("/" + $0.repaired) }
        }
        do {
            let summary = try IndexBuilder.run(
                indexPath: location.path, paths: indexable, rebuild: rebuild, forcedEncoding: forcedEncoding,
                maximumFileSize: maxFileSize << 20,
                report: { diagnostic in
                    if diagnostic.severity == .error { errors.add() }
                    guard !quiet || diagnostic.severity == .error else { return }
                    progressLine.finish()
                    Console.diagnose(diagnostic.description)
                },
                progress: { progress in if showsProgress { progressLine.update(progress) } })
            progressLine.finish()
            if !quiet { Console.diagnose("Indexed into \(location.path): \(summary)") }
        } catch {
            progressLine.finish()
            throw Console.fail(error)
        }
        // A path that does not exist is an error, reported once the others are indexed.
        if errors.count > 0 { throw ExitCode(2) }
    }

    /// The paths to index, absolute when the index is a parent folder's, whose
    /// folder then becomes the current one so that stored paths stay relative to it.
    private func pathsToIndex() throws -> [String] {
        var given = paths
        if given.isEmpty {
            given = try refreshedPaths()
        }
        guard let parentFolder = location.parentFolder else { return given }
        let current = FileManager.default.currentDirectoryPath
        let absolute = given.map { $0.hasPrefix("/") ? $0 : current + "/" + $0 }
        guard FileManager.default.changeCurrentDirectoryPath(parentFolder) else {
            throw ValidationError("Cannot enter '\(parentFolder)', the folder of the index found above this one. Give the index with --index.")
        }
        return absolute
    }

    /// What `suoyin index` without paths indexes: what the index holds, or
    /// `Corpus` for a new index.
    private func refreshedPaths() throws -> [String] {
        let path = location.path
        if FileManager.default.fileExists(atPath: path) {
            do {
                let roots = try IndexDatabase.open(at: path).indexedRoots()
                if !roots.isEmpty { return roots }
            } catch where !rebuild {
                throw Console.fail(error)
            } catch {}
        }
        let corpus = location.parentFolder.map { $0 + "/Corpus" } ?? "Corpus"
        guard FileManager.default.fileExists(atPath: corpus) else {
            throw ValidationError("The index '\(path)' holds no documents yet, and there is no Corpus folder here. Give the files or folders to index, e.g. 'suoyin index Documents'.")
        }
        return [corpus]
    }
}

/// Counts error diagnostics reported from the indexer's threads.
private final class ErrorCount: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func add() { lock.withLock { value += 1 } }
    var count: Int { lock.withLock { value } }
}
