/// Namespace URIs of the OpenDocument parts the `.odt` extractor reads.
enum OpenDocumentNamespace {
    /// Paragraphs, headings, spans, spaces, tabs, notes (`text:`).
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    /// Styles (`style:style`).
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    /// Annotations (`office:annotation`).
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    /// Descriptions of drawings (`svg:title`, `svg:desc`).
    static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
}
