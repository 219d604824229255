import ArgumentParser
import Foundation
import SuoyinCore

/// `suoyin search`: ranked passages for a query.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the index and print ranked passages.",
        discussion: """
            Terms separated by spaces must all match; each matches as a phrase, in simplified or \
            traditional script. "Double quotes" make a phrase with spaces, OR between terms gives \
            alternatives, and a leading - excludes a term. Exit status: 0 when something matched, \
            1 when nothing did, 2 on errors.
            """)

    @OptionGroup var location: IndexLocation

    // `.unconditional`: "--limit -1" is a bad limit to report, not a missing one.
    @Option(parsing: .unconditional, help: "The most results to print; 0 prints every match.")
    var limit = 10

    @Option(parsing: .unconditional, help: "Results to skip before printing, for paging.")
    var offset = 0

    @Flag(help: "Print JSON Lines: one object per result.")
    var json = false

    @Option(help: ArgumentHelp(
        "Mark matches in colour: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always or never.",
        valueName: "when"))
    var color: ColorChoice = .auto

    @Option(name: .customLong("path"), help: ArgumentHelp(
        "Only documents whose path matches this glob (* and ? match any characters, / too); repeatable.",
        valueName: "glob"))
    var pathPatterns: [String] = []

    @Option(help: ArgumentHelp("Only documents published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.",
                               valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only documents published on or before this date: YYYY, YYYY-MM or YYYY-MM-DD.",
                               valueName: "date"))
    var until: String?

    @Option(name: .customLong("issuer"), help: ArgumentHelp(
        "Only documents whose issuer contains this text (either script); repeatable.", valueName: "text"))
    var issuers: [String] = []

    @Option(name: .customLong("number"), help: ArgumentHelp(
        "Only documents whose issuing document number contains this text; repeatable.", valueName: "text"))
    var numbers: [String] = []

    // Unrecognized options are query terms, so that `-督察` excludes a term.
    @Argument(parsing: .allUnrecognized, help: "The query, e.g. 法治政府 or \"依法 行政\" OR 執法 -督察.")
    var query: [String]

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more.") }
        guard offset >= 0 else { throw ValidationError("--offset must be 0 or more.") }
        if let option = query.first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
            throw ValidationError("Unknown option '\(option)'. See 'suoyin search --help' for the options.")
        }
        guard !query.isEmpty else { throw ValidationError("Give a query, e.g. 'suoyin search 法治政府'.") }
    }

    func run() throws {
        location.announce()
        let results: [SearchResult]
        let database: IndexDatabase
        do {
            let parsed = try QueryParser.parse(query.joined(separator: " "))
            let filter = try SearchFilter(
                pathPatterns: pathPatterns, since: since, until: until, issuers: issuers, numbers: numbers)
            database = try openOrBuildIndex()
            results = try Searcher(database: database).search(parsed, filter: filter, limit: limit, offset: offset)
        } catch {
            throw Console.fail(error)
        }
        if json {
            try JSONLine.encode(results).forEach { print($0) }
        } else {
            ResultPrinter(colors: color.usesColor()).printResults(results)
        }
        if results.isEmpty {
            if (try? IndexStatistics(database: database).documents) == 0 {
                Console.diagnose("suoyin: the index '\(location.path)' is empty. Run 'suoyin index FOLDER' to add documents to it.")
            }
            throw ExitCode(1)
        }
    }

    /// Opens the index; on first use (no index at the default place, a
    /// `Corpus` folder here) builds it from `Corpus` first.
    private func openOrBuildIndex() throws(SuoyinError) -> IndexDatabase {
        let path = location.path
        let isFirstUse = !location.isNamed && location.parentFolder == nil && !FileManager.default.fileExists(atPath: path)
        var isFolder: ObjCBool = false
        if isFirstUse && FileManager.default.fileExists(atPath: "Corpus", isDirectory: &isFolder) && isFolder.boolValue {
            Console.diagnose("suoyin: no index at \(path) yet; indexing Corpus first.")
            let summary = try IndexBuilder.run(indexPath: path, paths: ["Corpus"], rebuild: false) { diagnostic in
                Console.diagnose(diagnostic.description)
            }
            Console.diagnose("Indexed into \(path): \(summary)")
        }
        return try IndexDatabase.open(at: path)
    }
}
