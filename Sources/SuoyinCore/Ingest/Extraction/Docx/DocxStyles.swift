import Foundation

/// The heading levels of a Word file's paragraph styles, from `word/styles.xml`.
///
/// A style's level comes from, in order:
/// 1. its name: `heading 1`…`heading 9` → 1…9 and `Title` → 1 (any case;
///    also the Chinese names `标题 1`… and `标题` that some editors write);
/// 2. its outline level (`w:pPr/w:outlineLvl`, 0…8 → 1…9; 9 is body text);
/// 3. the style it is based on (`w:basedOn`), followed up to ten steps.
///
/// Word stores built-in names in English whatever the language, but localized
/// copies give built-in styles other ids: Chinese Word writes `w:styleId="1"`
/// for "heading 1" and `a3` for "Title". So ids are resolved through names;
/// an id that `styles.xml` does not define falls back to the English ids
/// `Heading1`…`Heading9` and `Title`.
struct DocxStyles {
    private struct Style {
        var name: String?
        var outlineLevel: Int?
        var basedOn: String?
    }

    private var styles: [String: Style] = [:]

    /// No styles: only the English ids are recognized.
    init() {}

    /// Reads `styles.xml`; unreadable XML gives the styles read before the error.
    init(xml: Data) {
        var styles: [String: Style] = [:]
        var current: (id: String, style: Style)?
        var propertiesDepth = 0
        _ = XMLEventReader.read(xml, start: { namespace, name, attributes in
            guard WordNamespace.main.contains(namespace) else { return }
            switch name {
            case "style":
                let isParagraphStyle = (attributes["type"] ?? "paragraph") == "paragraph"
                current = isParagraphStyle ? attributes["styleId"].map { ($0, Style()) } : nil
            case "name": current?.style.name = attributes["val"]
            case "basedOn": current?.style.basedOn = attributes["val"]
            case "pPr": propertiesDepth += 1
            case "outlineLvl" where propertiesDepth > 0:
                current?.style.outlineLevel = attributes["val"].flatMap { Int($0) }
            default: break
            }
        }, end: { namespace, name in
            guard WordNamespace.main.contains(namespace) else { return }
            if name == "pPr" { propertiesDepth -= 1 }
            if name == "style", let finished = current {
                if styles[finished.id] == nil { styles[finished.id] = finished.style }
                current = nil
            }
        })
        self.styles = styles
    }

    /// The heading level of paragraphs in the style `id`, or `nil` for body text.
    func headingLevel(ofStyle id: String) -> Int? {
        guard styles[id] != nil else { return Self.headingLevel(ofName: id) }
        var next: String? = id
        var steps = 0
        while let id = next, let style = styles[id], steps < 10 {
            if let name = style.name, let level = Self.headingLevel(ofName: name) { return level }
            if let outline = style.outlineLevel { return Self.headingLevel(ofOutlineLevel: outline) }
            next = style.basedOn
            steps += 1
        }
        return nil
    }

    /// 1…9 for an outline level 0…8; `nil` for 9 (body text) or nonsense.
    static func headingLevel(ofOutlineLevel outline: Int) -> Int? {
        (0...8).contains(outline) ? outline + 1 : nil
    }

    /// The level a style name (or English style id) stands for, if it names a heading.
    static func headingLevel(ofName name: String) -> Int? {
        let folded = name.lowercased().filter { $0 != " " }
        if folded == "title" || folded == "标题" { return 1 }
        for prefix in ["heading", "标题"] where folded.hasPrefix(prefix) {
            let rest = folded.dropFirst(prefix.count)
            if rest.count == 1, let digit = rest.first?.wholeNumberValue, (1...9).contains(digit) { return digit }
        }
        return nil
    }
}
