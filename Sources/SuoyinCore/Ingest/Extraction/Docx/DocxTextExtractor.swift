import Foundation

/// Extracts indexable text from Word files (`.docx`).
///
/// Policies:
/// - Each paragraph is a line, and so is each part of one split by a line
///   break; paragraphs in table cells are lines too. See
///   ``DocxDocumentReader`` for what counts as text.
/// - White space inside a line is kept as written (Word's spaces are the
///   author's, unlike HTML's); lines are trimmed and blank lines collapse
///   (``TextLines``).
/// - Paragraphs in heading styles are headings: see ``DocxStyles``. A
///   paragraph's own outline level overrides its style's.
/// - The title is `dc:title` from the core properties when it is not
///   empty, else the first heading line.
/// - The main part is found through `_rels/.rels`, falling back to
///   `word/document.xml`; its styles are `styles.xml` in the same folder.
public enum DocxTextExtractor {
    /// The text, title and headings of a Word file's bytes.
    ///
    /// Throws when the bytes are not a ZIP archive, the main part is missing,
    /// or it cannot be unzipped or parsed.
    public static func extract(from data: Data) throws(ExtractionFailure) -> ExtractedText {
        let package = try DocxPackage(data: data)
        let mainPath = try package.relationshipTarget(endingWith: "/officeDocument") ?? "word/document.xml"
        guard let document = try package.part(mainPath) else {
            throw ExtractionFailure(reason: "not a valid .docx file (it has no \(mainPath))")
        }
        let folder = mainPath.split(separator: "/").dropLast().joined(separator: "/")
        let styles = try package.part(folder.isEmpty ? "styles.xml" : folder + "/styles.xml")
            .map(DocxStyles.init(xml:)) ?? DocxStyles()

        var lines = TextLines()
        var firstHeading: String?
        for paragraph in try DocxDocumentReader.paragraphs(in: document) {
            let level = paragraph.outlineLevel.map(DocxStyles.headingLevel(ofOutlineLevel:))
                ?? paragraph.styleID.flatMap(styles.headingLevel(ofStyle:))
            for line in paragraph.lines {
                let before = lines.count
                lines.append(line, headingLevel: level)
                if level != nil, firstHeading == nil, lines.count > before { firstHeading = lines.lines.last }
            }
        }
        let coreTitle = try package.relationshipTarget(endingWith: "/core-properties")
            .flatMap { path throws(ExtractionFailure) in try package.part(path) }
            .flatMap(DocxCoreProperties.title(in:))
        return lines.extractedText(title: coreTitle ?? firstHeading)
    }
}
