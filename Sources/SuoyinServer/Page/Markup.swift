/// A piece of HTML that is safe by construction: text becomes markup only
/// through ``text(_:)``, which escapes it, and attribute values are always
/// escaped, so no document text, title, path or query can open a tag or
/// leave an attribute.
///
/// For example, `Markup.element("p", [], [.text("<script>")])` is
/// `<p>&lt;script&gt;</p>`.
struct Markup {
    private(set) var html: String

    private init(raw: String) {
        html = raw
    }

    static let empty = Markup(raw: "")

    /// `text`, escaped.
    static func text(_ text: String) -> Markup {
        Markup(raw: escape(text))
    }

    /// An element with escaped attribute values (nil leaves the attribute
    /// out, "" writes it bare) and its children. Names are the code's own literals.
    static func element(_ name: StaticString, _ attributes: [(String, String?)] = [], _ children: [Markup] = []) -> Markup {
        var html = "<\(name)"
        for (attribute, value) in attributes {
            guard let value else { continue }
            html += value.isEmpty ? " \(attribute)" : " \(attribute)=\"\(escape(value))\""
        }
        html += ">"
        if Self.voidElements.contains("\(name)") { return Markup(raw: html) }
        for child in children { html += child.html }
        return Markup(raw: html + "</\(name)>")
    }

    /// Several pieces one after another.
    static func join(_ pieces: [Markup]) -> Markup {
        Markup(raw: pieces.map(\.html).joined())
    }

    /// A whole document: the doctype and the `html` element.
    static func document(_ root: Markup) -> String {
        "<!DOCTYPE html>\n" + root.html
    }

    private static let voidElements: Set<String> = ["meta", "link", "input", "br", "img", "hr"]

    /// Escapes the five characters that matter in text and in quoted attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
