import ArgumentParser
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
        Self.lines(statistics).forEach { print($0) }
    }

    /// The statistics for people, one line each (also the `stats` tool's text).
    static func lines(_ statistics: IndexStatistics) -> [String] {
        let megabytes = Double(statistics.indexBytes) / 1_048_576
        return [
            "Index:       \(TerminalText.escaped(statistics.index)) (\(String(format: "%.1f", megabytes)) MB)",
            "Documents:   \(statistics.documents)",
            "Passages:    \(statistics.passages)",
            "Characters:  \(statistics.characters)",
            "Analyzer:    v\(statistics.analyzerVersion) (fold table \(statistics.foldTableHash))",
            "Encodings:   \(counted(statistics.encodings))",
            "Formats:     \(counted(statistics.formats))",
        ]
    }

    /// `UTF-8: 3 documents; GB18030: 1 document`, most first: a count never
    /// reads as part of a name (`UTF-8 5` did).
    static func counted(_ counts: [String: Int]) -> String {
        guard !counts.isEmpty else { return "none" }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { "\($0.key): \($0.value) document\($0.value == 1 ? "" : "s")" }
            .joined(separator: "; ")
    }
}
