import Foundation

/// Extracts indexable text from PDF files with Poppler's `pdftotext`.
///
/// Policies:
/// - Runs `pdftotext -enc UTF-8 -nopgbrk FILE -` (reading order, not
///   `-layout`, so a paragraph's lines are not padded into columns) and takes
///   its output as UTF-8, invalid bytes as U+FFFD.
/// - Form feeds end lines; lines follow ``TextLines``.
/// - A PDF declares no title or headings that this reads: both stay empty.
/// - No `pdftotext` on the search path, a failed run, or no text at all
///   (scanned pages) is an ``ExtractionFailure``.
public enum PDFTextExtractor {
    /// The failure when `pdftotext` cannot be found.
    public static let notInstalled = ExtractionFailure(
        reason: "pdftotext not found; install poppler-utils (apt-get install poppler-utils) to index PDF files")

    /// The text of the PDF file at `path`, using the `pdftotext` found in
    /// `searchPath` (by default the `PATH` environment variable).
    public static func extract(
        path: String, searchPath: String? = ProcessInfo.processInfo.environment["PATH"]
    ) throws(ExtractionFailure) -> ExtractedText {
        guard let pdftotext = CommandRunner.executable(named: "pdftotext", searchPath: searchPath) else {
            throw notInstalled
        }
        // A path starting with "-" would be read as an option.
        let file = path.hasPrefix("-") ? "./" + path : path
        let result: CommandRunner.Result
        do {
            result = try CommandRunner.run(pdftotext, ["-enc", "UTF-8", "-nopgbrk", file, "-"])
        } catch {
            throw ExtractionFailure(reason: "cannot run \(pdftotext) (\(error.localizedDescription))")
        }
        guard result.status == 0 else {
            throw ExtractionFailure(reason: "pdftotext cannot read it (exit status \(result.status)\(detail(result.errors)))")
        }
        var lines = TextLines()
        let text = String(decoding: result.output, as: UTF8.self)
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\u{0C}" || $0 == "\r\n" || $0 == "\r" }) {
            lines.append(line)
        }
        guard lines.count > 0 else {
            throw ExtractionFailure(reason: "no text to index (a scanned PDF needs OCR first)")
        }
        return lines.extractedText(title: nil)
    }

    /// ": " and the last line of `errors` that says something (pdftotext's
    /// reason comes last, after any warnings), at most 200 characters; or "".
    private static func detail(_ errors: Data) -> String {
        let lines = String(decoding: errors, as: UTF8.self).split(whereSeparator: \.isNewline)
        guard let last = lines.last(where: { !$0.allSatisfy(\.isWhitespace) }) else { return "" }
        return ": " + last.prefix(200)
    }
}
