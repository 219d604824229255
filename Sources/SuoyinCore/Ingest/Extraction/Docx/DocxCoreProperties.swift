import Foundation

/// The document properties Word keeps in `docProps/core.xml`.
enum DocxCoreProperties {
    /// The `dc:title`, trimmed, or `nil` if it is missing, empty or unreadable.
    static func title(in xml: Data) -> String? {
        var title = ""
        var depth = 0
        _ = XMLEventReader.read(xml, start: { namespace, name, _ in
            if depth > 0 || (namespace == WordNamespace.dublinCore && name == "title") { depth += 1 }
        }, end: { _, _ in
            if depth > 0 { depth -= 1 }
        }, text: { text in
            if depth > 0 { title += text }
        })
        let trimmed = title.unicodeScalars
            .drop(while: ScalarTraits.isWhitespace)
            .reversed().drop(while: ScalarTraits.isWhitespace).reversed()
        return trimmed.isEmpty ? nil : String(String.UnicodeScalarView(trimmed))
    }
}
