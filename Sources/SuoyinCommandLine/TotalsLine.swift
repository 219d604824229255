import SuoyinCore

/// The line that ends `suoyin search`'s text output: which results of how
/// many were printed, e.g. `10 of 46 passages in 5 documents`, `11–20 of 46
/// passages in 5 documents` for a later page, `1–5 of 12 documents (46
/// passages)` when results are documents; with copies folded into the
/// results, how many are listed under them.
package struct TotalsLine: CustomStringConvertible {
    /// How many results were shown, and how many copies they list.
    package var shown: Int
    package var listedCopies: Int
    package var total: SearchTotal
    package var offset: Int
    package var grouping: ResultGrouping

    package init(shown: Int, listedCopies: Int, total: SearchTotal, offset: Int, grouping: ResultGrouping) {
        self.shown = shown
        self.listedCopies = listedCopies
        self.total = total
        self.offset = offset
        self.grouping = grouping
    }

    /// The line for the page `response`.
    package init(response: SearchResponse, offset: Int, grouping: ResultGrouping) {
        self.init(shown: response.results.count, listedCopies: response.listedCopies, total: response.total,
                  offset: offset, grouping: grouping)
    }

    package var description: String {
        let range = offset == 0 ? "\(shown)" : shown == 1 ? "\(offset + 1)" : "\(offset + 1)–\(offset + shown)"
        var line = grouping == .documents
            ? "\(range) of \(Self.counted(total.documents, "document")) (\(Self.counted(total.passages, "passage")))"
            : "\(range) of \(Self.counts(total))"
        if listedCopies > 0 { line += ", with \(Self.counted(listedCopies, "copy", plural: "copies")) listed under them" }
        return line
    }

    /// `46 passages in 5 documents`, `1 passage in 1 document`.
    package static func counts(_ total: SearchTotal) -> String {
        "\(counted(total.passages, "passage")) in \(counted(total.documents, "document"))"
    }

    package static func counted(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) " + (number == 1 ? noun : plural ?? noun + "s")
    }
}

/// One line of `suoyin search -l --json`: a matching document.
package struct DocumentLine: Encodable {
    package var path: String
    package var title: String
    /// How many of its passages match.
    package var matches: Int

    package init(_ result: SearchResult) {
        path = result.path
        title = result.title
        matches = result.matches ?? 0
    }
}
