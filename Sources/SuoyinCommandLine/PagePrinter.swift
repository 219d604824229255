import ArgumentParser
import Foundation
import SuoyinCore

/// Prints `suoyin search`'s results one at a time, as the search hands them
/// over: the documents' paths, JSON Lines, or results for people (then the
/// totals line), counting what it printed.
package final class PagePrinter {
    /// What each result prints as.
    package enum Format {
        /// The document's path (`-l`); with `--json`, see ``json``.
        case paths
        /// One JSON object per line (``SearchResult``, or ``DocumentLine`` with `-l`).
        case json
        /// Results for people, each after a blank line, and the totals line after them.
        case text(ResultPrinter)
    }

    let format: Format
    let documentLines: Bool
    private let encoder = ResultJSON.encoder()
    /// How many results were printed.
    package private(set) var shown = 0
    /// How many copies the printed results list.
    package private(set) var listedCopies = 0

    /// `documentLines`: with ``Format/json``, print each result as a ``DocumentLine`` (`-l --json`).
    package init(format: Format, documentLines: Bool = false) {
        self.format = format
        self.documentLines = documentLines
    }

    /// Prints `result`. A result JSON cannot express ends the command (``JSONLine/line(_:encoder:)``).
    package func print(_ result: SearchResult) throws(ExitCode) {
        switch format {
        case .paths:
            Swift.print(TerminalText.escaped(result.path))
        case .json:
            // The fast writer's line is the encoder's, byte for byte; the encoder reports what it cannot write.
            if documentLines {
                Swift.print(try JSONLine.line(DocumentLine(result), encoder: encoder))
            } else if let line = ResultJSONLine.line(result) {
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
