import ArgumentParser
import SuoyinCommandLine
import SuoyinCore

/// `suoyin stats`: what the index holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print counts of documents, passages and characters, and the index's size and analyzer.")

    @OptionGroup var location: IndexLocation

    @Flag(help: "Print the statistics as one JSON object.")
    var json = false

    @Flag(help: "Also check the index file and its full-text index for damage (reads the whole file).")
    var check = false

    func run() throws {
        location.announce()
        let statistics: IndexStatistics
        var problems: [String] = []
        do {
            let database = try IndexDatabase.open(at: location.path)
            statistics = try IndexStatistics(database: database)
            if check { problems = try database.integrityProblems() }
        } catch {
            throw Console.fail(error)
        }
        defer {
            if check {
                problems.forEach { Console.diagnose("\(location.path): error: \($0)") }
                Console.diagnose(problems.isEmpty ? "Check: the index is sound." : "Check: the index is damaged; run 'suoyin index --rebuild'.")
            }
        }
        if !problems.isEmpty { throw ExitCode(2) }
        if json {
            try JSONLine.encode([statistics]).forEach { print($0) }
            return
        }
        StatisticsText.lines(statistics).forEach { print($0) }
    }
}
