import Foundation
import SuoyinCore

/// The text `suoyin stats` prints, which the `stats` tool of `suoyin mcp` also answers.
package enum StatisticsText {
    /// The statistics for people, one line each (also the `stats` tool's text).
    package static func lines(_ statistics: IndexStatistics) -> [String] {
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
    package static func counted(_ counts: [String: Int]) -> String {
        guard !counts.isEmpty else { return "none" }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { "\($0.key): \($0.value) document\($0.value == 1 ? "" : "s")" }
            .joined(separator: "; ")
    }
}
