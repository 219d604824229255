import ArgumentParser
import SuoyinCore

/// `suoyin index`: build or update the index.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index files and folders, or bring the index up to date.",
        discussion: """
            Folders are indexed recursively (.txt and .md files). Unchanged files are skipped, changed \
            files replaced, and files gone from an indexed folder removed. Files that cannot be read \
            or decoded are skipped with a warning.
            """)

    @OptionGroup var location: IndexLocation

    @Flag(help: "Build a new index from scratch and replace the old one (or a file that is not an index).")
    var rebuild = false

    @Argument(help: "Files and folders to index.")
    var paths: [String] = ["Corpus"]

    func run() throws {
        do {
            let summary = try IndexBuilder.run(indexPath: location.path, paths: paths, rebuild: rebuild) { diagnostic in
                Console.diagnose(diagnostic.description)
            }
            Console.diagnose("Indexed into \(location.path): \(summary)")
        } catch {
            throw Console.fail(error)
        }
    }
}
