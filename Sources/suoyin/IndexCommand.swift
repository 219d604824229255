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

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Argument(help: "Files and folders to index.")
    var paths: [String] = ["Corpus"]

    func run() throws {
        var forcedEncoding: TextEncoding?
        if let encoding {
            guard let parsed = TextEncoding(name: encoding) else { throw Console.fail(.unknownEncoding(name: encoding)) }
            forcedEncoding = parsed
        }
        let progressLine = ProgressLine()
        let showsProgress = Console.stderrIsTerminal && !quiet
        let quiet = self.quiet
        do {
            let summary = try IndexBuilder.run(
                indexPath: location.path, paths: paths, rebuild: rebuild, forcedEncoding: forcedEncoding,
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
