import ArgumentParser
import Foundation
import SuoyinCore

extension ResultSort: ExpressibleByArgument {}

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

    @Flag(help: "Print only how many passages and documents match.")
    var count = false

    @Flag(help: "One result per document: its best passage and its number of matches.")
    var group = false

    @Flag(name: [.customShort("l"), .customLong("files-with-matches")],
          help: "Print only the paths of matching documents, best first.")
    var filesWithMatches = false

    @Option(help: ArgumentHelp(
        "Order results by relevance, date (newest first) or path (document order).", valueName: "order"))
    var sort: ResultSort = .relevance

    @Option(parsing: .unconditional, help: ArgumentHelp("Passages to print before and after each result.", valueName: "n"))
    var context = 0

    @Flag(help: "Show each copy of a passage as its own result.")
    var allCopies = false

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
        guard context >= 0 else { throw ValidationError("--context must be 0 or more.") }
        if let option = query.first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
            throw ValidationError("Unknown option '\(option)'. See 'suoyin search --help' for the options.")
        }
        guard !query.isEmpty else { throw ValidationError("Give a query, e.g. 'suoyin search 法治政府'.") }
    }

    func run() throws {
        location.announce()
        let database: IndexDatabase
        let searcher: Searcher
        let parsed: Query
        let filter: SearchFilter
        do {
            parsed = try QueryParser.parse(query.joined(separator: " "))
            filter = try SearchFilter(
                pathPatterns: pathPatterns, since: since, until: until, issuers: issuers, numbers: numbers)
            database = try openOrBuildIndex()
            searcher = Searcher(database: database)
        } catch {
            throw Console.fail(error)
        }
        if count {
            let total: SearchTotal
            do { total = try searcher.count(parsed, filter: filter) } catch { throw Console.fail(error) }
            print(json ? try JSONLine.encode([total])[0] : TotalsLine.counts(total))
            if total.passages == 0 { try noMatch(database) }
            return
        }
        let options = SearchOptions(
            limit: limit, offset: offset, grouping: group || filesWithMatches ? .documents : .passages, sort: sort,
            context: context, allCopies: allCopies)
        let response: SearchResponse
        do { response = try searcher.search(parsed, filter: filter, options: options) } catch { throw Console.fail(error) }
        try printPage(response, options: options)
        if response.results.isEmpty {
            guard response.total.passages == 0 else {
                Console.diagnose("suoyin: no results at --offset \(offset): the query matched \(TotalsLine.counts(response.total)).")
                return
            }
            try noMatch(database)
        }
    }

    /// Prints the page: paths only, JSON Lines, or results for people with the totals line.
    private func printPage(_ response: SearchResponse, options: SearchOptions) throws {
        if filesWithMatches {
            if json {
                try JSONLine.encode(response.results.map(DocumentLine.init)).forEach { print($0) }
            } else {
                response.results.forEach { print(TerminalText.escaped($0.path)) }
            }
        } else if json {
            try JSONLine.encode(response.results).forEach { print($0) }
        } else if !response.results.isEmpty {
            ResultPrinter(colors: color.usesColor()).printResults(response.results)
            print()
            print(TotalsLine(response: response, offset: offset, grouping: options.grouping).description)
        }
    }

    /// Ends a search that matched nothing: exit status 1, with a hint when the index is empty.
    private func noMatch(_ database: IndexDatabase) throws -> Never {
        if (try? IndexStatistics(database: database).documents) == 0 {
            Console.diagnose("suoyin: the index '\(location.path)' is empty. Run 'suoyin index FOLDER' to add documents to it.")
        }
        throw ExitCode(1)
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
