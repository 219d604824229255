import ArgumentParser
import SuoyinCore

/// `suoyin index`: build or update the index.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index files and folders, or bring the index up to date.",
        discussion: """
            Folders are indexed recursively. Unchanged files are skipped, changed files replaced, \
            and files gone from an indexed folder removed. Files that cannot be read or decoded are \
            skipped with a warning; the run goes on.
            """)

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

    @Argument(help: "Files and folders to index.")
    var paths: [String] = ["Corpus"]

    func validate() throws {
        guard (1...1 << 20).contains(maxFileSize) else {
            throw ValidationError("--max-file-size must be between 1 and 1048576 (MB).")
        }
    }

    func run() throws {
        var forcedEncoding: TextEncoding?
        if let encoding {
            guard let parsed = TextEncoding(name: encoding) else { throw Console.fail(.unknownEncoding(name: encoding)) }
            forcedEncoding = parsed
        }
        let progressLine = ProgressLine()
        let showsProgress = Console.stderrIsTerminal && !quiet
        let quiet = self.quiet
        // Paths are stored and printed as text: a name that is not UTF-8 is reported, not indexed.
        let undecodable = Console.nonUTF8Arguments
        for path in paths {
            guard let argument = undecodable.first(where: { $0.repaired == path }) else { continue }
            Console.diagnose("\(argument.escaped): error: file name is not valid UTF-8; rename it to index it; skipped")
        }
        let paths = paths.filter { path in !undecodable.contains { $0.repaired == path } }
        do {
            let summary = try IndexBuilder.run(
                indexPath: location.path, paths: paths, rebuild: rebuild, forcedEncoding: forcedEncoding,
                maximumFileSize: maxFileSize << 20,
                report: { diagnostic in
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
    }
}
