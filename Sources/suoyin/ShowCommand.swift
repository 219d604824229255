import ArgumentParser
import SuoyinCommandLine
import SuoyinCore

/// `suoyin show`: the passage a citation names.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the passage a citation names, with its title and section.",
        discussion: "CITATION is PATH:LINE:COL or PATH:LINE, as printed by 'suoyin search'.")

    @OptionGroup var location: IndexLocation

    @Option(parsing: .unconditional, help: "Passages to print before and after the cited one.")
    var context = 0

    @Flag(help: "Print the passage as one JSON object, shaped like a search result.")
    var json = false

    @Argument(help: "The citation, e.g. Corpus/cixi-2023.txt:7:1.")
    var citation: String

    func validate() throws {
        guard context >= 0 else { throw ValidationError("--context must be 0 or more.") }
    }

    func run() throws {
        location.announce()
        let found: PassageLookup.Found
        do {
            let parsed = try Citation(parsing: citation)
            found = try PassageLookup(database: try IndexDatabase.open(at: location.path))
                .passage(at: parsed, context: context)
        } catch {
            throw Console.fail(error)
        }
        if let staleness = found.staleness {
            Console.diagnose("\(found.passage.path): warning: \(staleness); the passage is shown as indexed; to refresh it, run: \(location.refreshCommand)")
        }
        if json {
            try JSONLine.encode([found.passage]).forEach { print($0) }
            return
        }
        PassageText.lines(of: found).forEach { print($0) }
    }
}
