import ArgumentParser
import Foundation
import SuoyinCommandLine
import SuoyinCore

extension ResultSort: ExpressibleByArgument {}

/// `suoyin search`: ranked passages for a query.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the index and print ranked passages.",
        discussion: """
            Each term matches as a phrase, in simplified or traditional script.
            Terms separated by spaces (or AND) must all match within one
            paragraph (see --within); OR gives alternatives; NOT or a leading -
            excludes; ( ) or （ ） group. Precedence: NOT > AND > OR.
            Quotes ("", “”, 「」, 『』) make a phrase whose spaces match any
            separators or none. a NEAR/10 b: both within 10 characters.
            A number matches in Arabic or Chinese numerals (第12条 finds
            第十二条); =term or --exact turns that off. Lower-case and, or, not
            are words. Quote the whole query for the shell:

              suoyin search '法治 AND (政府 OR 行政) NOT 督察'
              suoyin search '"依法 行政" OR 執法 -督察'
              suoyin search '依法 NEAR/10 行政'
              suoyin search -- '法治 -GDP'

            Exit status: 0 when something matched, 1 when nothing did, 2 on
            errors.
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

    @Option(help: ArgumentHelp(
        "Where terms joined by AND or NEAR must stand: passage, paragraph (default) or document.",
        valueName: "unit"))
    var within: SearchScope = .paragraph

    @Flag(help: "Match numbers only as written (as =term does for one term).")
    var exact = false

    @Flag(help: "Print how the query was understood and would be answered; do not search.")
    var explain = false

    // Unrecognized options are query terms, so that `-督察` excludes a term.
    @Argument(parsing: .allUnrecognized, help: "The query, e.g. 法治政府 or '法治 NOT 督察'.")
    var query: [String]

    /// The query's arguments without `--`, which ends the options and is kept by `.allUnrecognized`.
    private var queryArguments: [String] { query.filter { $0 != "--" } }

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more.") }
        guard offset >= 0 else { throw ValidationError("--offset must be 0 or more.") }
        guard context >= 0 else { throw ValidationError("--context must be 0 or more.") }
        if let option = query.first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
            throw ValidationError("Unknown option '\(option)'. See 'suoyin search --help' for the options.")
        }
        guard !queryArguments.isEmpty else { throw ValidationError("Give a query, e.g. 'suoyin search 法治政府'.") }
        if let option = queryArguments.first(where: Self.looksLikeOption), !Self.isAfterTerminator(option) {
            throw ValidationError("""
                '\(option)' is not an option of 'suoyin search'. To exclude a Latin word, put -- before \
                the query ('suoyin search -- 法治 \(option)') or write NOT ('suoyin search "法治 NOT \(option.dropFirst())"').
                """)
        }
    }

    func run() throws {
        location.announce()
        let database: IndexDatabase
        let searcher: Searcher
        let parsed: Query
        let filter: SearchFilter
        do {
            parsed = try QueryParser.parse(QueryParser.queryText(arguments: queryArguments), scope: within, exact: exact)
            for notice in parsed.notices { Console.diagnose("suoyin: note: \(notice).") }
            filter = try SearchFilter(
                pathPatterns: pathPatterns, since: since, until: until, issuers: issuers, numbers: numbers)
            database = try openOrBuildIndex()
            searcher = Searcher(database: database)
            if explain {
                print(try searcher.explain(parsed, filter: filter, limit: limit))
                return
            }
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
        // Results are printed as they are read: --limit 0 of a frequent character prints millions.
        let printer = PagePrinter(format: filesWithMatches ? (json ? .documentLines : .paths)
                                  : json ? .json : .text(ResultPrinter(colors: color.usesColor())))
        var failure: ExitCode?
        let total: SearchTotal
        do {
            total = try searcher.search(parsed, filter: filter, options: options) { result in
                guard failure == nil else { return }
                do throws(ExitCode) { try printer.print(result) } catch { failure = error }
            }
        } catch {
            throw Console.fail(error)
        }
        if let failure { throw failure }
        if let line = printer.totalsLine(total, offset: offset, grouping: options.grouping) {
            print()
            print(line)
        }
        if printer.shown == 0 {
            guard total.passages == 0 else {
                Console.diagnose("suoyin: no results at --offset \(offset): the query matched \(TotalsLine.counts(total)).")
                return
            }
            try noMatch(database)
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

    /// Whether a query argument looks like a mistyped option: a dash and an
    /// ASCII letter (`-n`), not a dash before Chinese (`-督察`, an exclusion).
    private static func looksLikeOption(_ argument: String) -> Bool {
        let scalars = Array(argument.unicodeScalars)
        return scalars.count >= 2 && scalars[0] == "-" && scalars[1] != "-" && scalars[1].isASCII
            && scalars[1].properties.isAlphabetic
    }

    /// Whether `argument` came after `--` on the command line, where it is query text.
    private static func isAfterTerminator(_ argument: String) -> Bool {
        let arguments = CommandLine.arguments
        guard let terminator = arguments.firstIndex(of: "--") else { return false }
        return arguments[(terminator + 1)...].contains(argument)
    }
}

extension SearchScope: ExpressibleByArgument {}
