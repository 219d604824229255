import Foundation

/// Extracts indexable text from OFD files (GB/T 33190, the fixed-layout
/// format of Chinese official documents).
///
/// Policies:
/// - The package is read through ``DocxPackage``: `OFD.xml`, the first
///   document's root (``OFDStructure``), then each page's content in order
///   (``OFDPageReader``).
/// - Lines are rebuilt into paragraphs from their positions by
///   ``LayoutParagraphs``, as for PDF: a paragraph is one line of the
///   extracted text, and running headers, footers and page numbers are
///   dropped. Lines follow ``TextLines``.
/// - Each line knows its page (``PageLines``), as in a PDF.
/// - The title is `DocInfo/Title` from `OFD.xml` when it is not empty, else
///   the most prominent text of the first page (``LayoutTitle``).
/// - At most ``maximumPages`` pages are read.
public enum OFDTextExtractor {
    /// The most pages read from one file.
    public static let maximumPages = 10_000

    /// The text and title of an OFD file's bytes.
    ///
    /// Throws when the bytes are not a ZIP archive, `OFD.xml` or the
    /// document root is missing or damaged, or no page has text.
    public static func extract(from data: Data) throws(ExtractionFailure) -> ExtractedText {
        let package = try DocxPackage(data: data, format: "OFD")
        guard let entryXML = try package.part("OFD.xml") else {
            throw ExtractionFailure(reason: "not a valid OFD file (it has no OFD.xml)")
        }
        let entry = try OFDStructure.entry(in: entryXML)
        guard let rootPath = entry.documentRoot, let rootXML = try package.part(rootPath) else {
            throw ExtractionFailure(reason: "not a valid OFD file (OFD.xml names no document root that it holds)")
        }
        let document = try OFDStructure.document(in: rootXML, rootPath: rootPath)
        var pages: [LayoutPage] = []
        for (index, path) in document.pagePaths.prefix(maximumPages).enumerated() {
            guard let content = try package.part(path) else { continue }
            pages.append(try OFDPageReader.page(in: content, number: index + 1, path: path, defaultSize: document.pageSize))
        }
        // As PDFTextExtractor does with its pages: one line per paragraph, each on the page where it starts.
        let paragraphs = LayoutParagraphs.paragraphs(in: pages)
        var lines = TextLines()
        var linePages: [Int] = []
        for paragraph in paragraphs {
            lines.append(paragraph.text)
            if lines.count > linePages.count { linePages.append(paragraph.page) }
        }
        guard lines.count > 0 else { throw ExtractionFailure(reason: "no text to index (a scanned OFD needs OCR first)") }
        var extracted = lines.extractedText(title: entry.title ?? LayoutTitle.title(in: paragraphs))
        extracted.pageLines = PageLines(pageCount: pages.count, linePages: linePages)
        return extracted
    }
}
