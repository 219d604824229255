import SuoyinCommandLine
import SuoyinCore

/// What the `search` tool returns: one page of results, each exactly the
/// object `suoyin search --json` prints for it, with the totals, the offset
/// and the parser's notices (keys sorted, as in every JSON output).
struct SearchPage: Encodable {
    /// The notes the query parser made (a quote repaired, a lower-case `or` read as a word).
    var notices: [String]
    /// Results skipped before this page.
    var offset: Int
    var results: [SearchResult]
    var total: SearchTotal

    init(response: SearchResponse, notices: [String], offset: Int) {
        self.notices = notices
        self.offset = offset
        results = response.results
        total = response.total
        self.response = response
    }

    private let response: SearchResponse
    private enum CodingKeys: String, CodingKey { case notices, offset, results, total }

    /// The page as text: `suoyin search`'s own rendering without colour —
    /// the citation beside each passage, long passages shortened around the
    /// matches marked 【】 — then the totals line.
    func text(grouping: ResultGrouping) -> String {
        var lines = notices.map { "Note: \($0)." }
        if results.isEmpty {
            lines.append(total.passages == 0
                ? "No passage matches the query."
                : "No results at offset \(offset): the query matched \(TotalsLine.counts(total)).")
            return lines.joined(separator: "\n")
        }
        let printer = ResultPrinter(colors: false)
        for result in results {
            lines.append(printer.header(of: result))
            lines.append("   " + printer.excerpt(of: result))
            if let copies = result.copies, !copies.isEmpty { lines.append(printer.copiesLine(copies)) }
            if let matches = result.matches { lines.append(printer.matchesLine(matches)) }
        }
        lines.append("")
        lines.append(TotalsLine(response: response, offset: offset, grouping: grouping).description)
        return lines.joined(separator: "\n")
    }
}
