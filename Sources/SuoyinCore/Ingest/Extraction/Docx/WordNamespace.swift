/// Namespace URIs of the Word file parts the docx extractor reads.
enum WordNamespace {
    /// WordprocessingML, as written by Word ("transitional") and in strict Office Open XML.
    static let main: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    /// Markup compatibility (`mc:AlternateContent`, `mc:Fallback`).
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    /// Dublin Core elements (`dc:title` in `docProps/core.xml`).
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    /// Package relationships (`_rels/.rels`).
    static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
}
