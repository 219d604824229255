import Foundation

/// The heading levels of an OpenDocument text's paragraph styles, from the
/// styles in `styles.xml` and the automatic styles in `content.xml`.
///
/// A style's level comes from, in order:
/// 1. its display name, else its name (`Heading 1`…, `Title`, `标题 1`…;
///    see ``DocxStyles/headingLevel(ofName:)``);
/// 2. its `style:default-outline-level` (1-based in OpenDocument);
/// 3. its parent style (`style:parent-style-name`), followed up to ten steps.
///
/// Headings written as `text:h` carry their own level; this serves the
/// `text:p` paragraphs in a heading style, such as LibreOffice's "Title".
struct OpenDocumentStyles {
    private struct Style {
        var name: String
        var outlineLevel: Int?
        var parent: String?
    }

    private var styles: [String: Style] = [:]

    /// No styles: no `text:p` is a heading.
    init() {}

    /// Reads the paragraph styles of each part in `parts`; a style defined
    /// twice keeps its first definition, and unreadable XML gives the styles
    /// read before the error.
    init(parts: [Data]) {
        var styles: [String: Style] = [:]
        for xml in parts {
            _ = XMLEventReader.read(xml, start: { namespace, name, attributes in
                guard namespace == OpenDocumentNamespace.style, name == "style",
                      attributes["family"] == "paragraph", let id = attributes["name"], styles[id] == nil else { return }
                styles[id] = Style(
                    name: attributes["display-name"] ?? id,
                    outlineLevel: attributes["default-outline-level"].flatMap { Int($0) },
                    parent: attributes["parent-style-name"])
            })
        }
        self.styles = styles
    }

    /// The heading level of paragraphs in the style `name`, or `nil` for body text.
    func headingLevel(ofStyle name: String) -> Int? {
        var next: String? = name
        var steps = 0
        while let id = next, let style = styles[id], steps < 10 {
            if let level = DocxStyles.headingLevel(ofName: style.name) { return level }
            if let outline = style.outlineLevel, (1...10).contains(outline) { return outline }
            next = style.parent
            steps += 1
        }
        return nil
    }
}
