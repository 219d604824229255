import ArgumentParser
import Foundation
import SuoyinCore

/// Prints `suoyin search`'s results one at a time, as the search hands them
/// over: the documents' paths, JSON Lines, or results for people (then the
/// totals line), counting what it printed.
package final class PagePrinter {
    /// What each result prints as.
    package enum Format {
        /// The document's path (`-l`).
        case paths
        /// One ``DocumentLine`` JSON object per line (`-l --json`).
        case documentLines
        /// One ``SearchResult`` JSON object per line.
        case json
        /// Results for people, each after a blank line, and the totals line after them.
        case text(ResultPrinter)
    }

    let format: Format
    private let encoder = ResultJSON.encoder()
    /// How many results were printed.
    package private(set) var shown = 0
    /// How many copies the printed results list.
    package private(set) var listedCopies = 0

    package init(format: Format) {
        self.format = format
    }

    /// Prints `result`. A result JSON cannot express ends the command (``JSONLine/line(_:encoder:)``).
    package func print(_ result: SearchResult) throws(ExitCode) {
        switch format {
        case .paths:
            Swift.print(TerminalText.escaped(result.path))
        case .documentLines:
            Swift.print(try JSONLine.line(DocumentLine(result), encoder: encoder))
        case .json:
            // The fast writer's line is the encoder's, byte for byte; the encoder reports what it cannot write.
            if let line = ResultJSONLine.line(result) {
                Swift.print(line)
            } else {
                Swift.print(try JSONLine.line(result, encoder: encoder))
            }
        case .text(let printer):
            if shown > 0 { Swift.print() }
            printer.printResult(result)
        }
        shown += 1
        listedCopies += result.copies?.count ?? 0
    }

    /// The line that ends text output, when results were printed as text.
    package func totalsLine(_ total: SearchTotal, offset: Int, grouping: ResultGrouping) -> String? {
        guard case .text = format, shown > 0 else { return nil }
        return TotalsLine(shown: shown, listedCopies: listedCopies, total: total, offset: offset, grouping: grouping)
            .description
    }
}
