import Foundation

/// Extracts indexable text from OpenDocument texts (`.odt`, as written by
/// LibreOffice, WPS Office and Word).
///
/// Policies:
/// - Each paragraph and heading of `content.xml` is a line, and so is each
///   part of one split by a line break; see ``OpenDocumentContentReader``
///   for what counts as text. Lines follow ``TextLines``.
/// - `text:h` paragraphs are headings of their outline level, and `text:p`
///   paragraphs in a heading style too (``OpenDocumentStyles``).
/// - The title is `dc:title` from `meta.xml` when it is not empty, else the
///   first heading line.
/// - The package is read through ``DocxPackage``, like a Word file.
public enum OpenDocumentTextExtractor {
    /// The text, title and headings of an OpenDocument text's bytes.
    ///
    /// Throws when the bytes are not a ZIP archive or `content.xml` is
    /// missing, cannot be unzipped or is not well-formed XML.
    public static func extract(from data: Data) throws(ExtractionFailure) -> ExtractedText {
        let package = try DocxPackage(data: data, format: ".odt")
        guard let content = try package.part("content.xml") else {
            throw ExtractionFailure(reason: "not a valid .odt file (it has no content.xml)")
        }
        // Automatic styles (in content.xml) name the common ones (in styles.xml) as parents.
        let styles = OpenDocumentStyles(parts: [content] + [try package.part("styles.xml")].compactMap { $0 })

        var lines = TextLines()
        var firstHeading: String?
        for paragraph in try OpenDocumentContentReader.paragraphs(in: content) {
            let level = paragraph.headingLevel ?? paragraph.styleName.flatMap(styles.headingLevel(ofStyle:))
            for line in paragraph.lines {
                let before = lines.count
                lines.append(line, headingLevel: level)
                if level != nil, firstHeading == nil, lines.count > before { firstHeading = lines.lines.last }
            }
        }
        let metaTitle = try package.part("meta.xml").flatMap(DocxCoreProperties.title(in:))
        return lines.extractedText(title: metaTitle ?? firstHeading)
    }
}
