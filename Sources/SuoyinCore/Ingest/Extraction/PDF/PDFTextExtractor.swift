import Foundation

/// Extracts indexable text from PDF files with Poppler's `pdftotext`.
///
/// Policies:
/// - Runs `pdftotext -bbox-layout -enc UTF-8 FILE -`, which gives pages,
///   blocks, lines and words with their positions (``PDFBoundingBoxes``), in
///   reading order, and rebuilds paragraphs from them (``LayoutParagraphs``):
///   each paragraph is one line of the extracted text, so a phrase that a
///   visual line wrap splits is found; running headers, footers and page
///   numbers are dropped.
/// - The page where each line starts is kept (``ExtractedText/pageLines``).
/// - The title is the PDF's Info `Title` when it is meaningful
///   (``PDFMetadataTitle``), else the most prominent text of the first page
///   (``LayoutTitle``), else nil (the loader then looks at the first line).
/// - Headings are left to the passage splitter, which knows their numbering.
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
            result = try CommandRunner.run(pdftotext, ["-bbox-layout", "-enc", "UTF-8", file, "-"])
        } catch {
            throw ExtractionFailure(reason: "cannot run \(pdftotext) (\(error.localizedDescription))")
        }
        guard result.status == 0 else {
            throw ExtractionFailure(reason: "pdftotext cannot read it (exit status \(result.status)\(detail(result.errors)))")
        }
        return try extractedText(fromBoundingBoxes: [UInt8](result.output))
    }

    /// The extracted text of `pdftotext -bbox-layout` output.
    static func extractedText(fromBoundingBoxes output: [UInt8]) throws(ExtractionFailure) -> ExtractedText {
        let layout = PDFBoundingBoxes(output: output)
        let paragraphs = LayoutParagraphs.paragraphs(in: layout.pages)
        var lines = TextLines()
        var linePages: [Int] = []
        for paragraph in paragraphs {
            lines.append(paragraph.text)
            // Paragraphs are never blank, so each one adds exactly one line.
            if lines.count > linePages.count { linePages.append(paragraph.page) }
        }
        guard lines.count > 0 else {
            throw ExtractionFailure(reason: "no text to index (a scanned PDF needs OCR first)")
        }
        var extracted = lines.extractedText(
            title: layout.title.flatMap(PDFMetadataTitle.meaningful) ?? LayoutTitle.title(in: paragraphs))
        extracted.pageLines = PageLines(pageCount: layout.pages.count, linePages: linePages)
        return extracted
    }

    /// ": " and the last line of `errors` that says something (pdftotext's
    /// reason comes last, after any warnings), at most 200 characters; or "".
    private static func detail(_ errors: Data) -> String {
        let lines = String(decoding: errors, as: UTF8.self).split(whereSeparator: \.isNewline)
        guard let last = lines.last(where: { !$0.allSatisfy(\.isWhitespace) }) else { return "" }
        return ": " + last.prefix(200)
    }
}
