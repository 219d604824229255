import Foundation

/// Reads the paragraphs of a Word file's main part (`word/document.xml`).
///
/// Policies:
/// - Each `w:p` is a paragraph, wherever it is: body, table cell, content
///   control or text box. A paragraph inside another (a text box anchored in
///   it) comes before it.
/// - Its text is that of its `w:t` elements; `w:tab` and `w:ptab` in a run
///   are tabs; `w:br` and `w:cr` end a line of the paragraph.
/// - Deleted text (`w:delText`), field codes (`w:instrText`) and the old side
///   of tracked changes (`w:moveFrom`, `w:…Change`) are not text, and neither
///   is `mc:Fallback`, which repeats a text box's content for old readers.
/// - The style id and outline level come from the paragraph's own `w:pPr`.
enum DocxDocumentReader {
    /// One paragraph as read.
    struct Paragraph: Equatable {
        /// The paragraph's lines: more than one after a `w:br`.
        var lines: [String] = [""]
        /// `w:pPr/w:pStyle/@w:val`.
        var styleID: String?
        /// `w:pPr/w:outlineLvl/@w:val`.
        var outlineLevel: Int?
    }

    /// The paragraphs of `xml`, in reading order.
    static func paragraphs(in xml: Data) throws(ExtractionFailure) -> [Paragraph] {
        var reader = State()
        let error = XMLEventReader.read(xml, into: &reader)
        if let error { throw ExtractionFailure(reason: "damaged .docx file (word/document.xml is \(error))") }
        return reader.finished
    }

    private struct State: XMLEventHandler {
        var finished: [Paragraph] = []
        /// Open paragraphs, innermost last.
        var open: [Paragraph] = []
        /// Depth inside content that is not text (`mc:Fallback`, `w:moveFrom`, …); 0 outside.
        var skipDepth = 0
        var runDepth = 0
        var propertiesDepth = 0
        var inText = false

        mutating func start(_ namespace: String, _ name: String, _ attributes: [String: String]) {
            if skipDepth > 0 {
                skipDepth += 1
                return
            }
            if namespace == WordNamespace.markupCompatibility, name == "Fallback" {
                skipDepth = 1
                return
            }
            guard WordNamespace.main.contains(namespace) else { return }
            switch name {
            case _ where name == "moveFrom" || name.hasSuffix("Change"):
                skipDepth = 1
            case "p":
                open.append(Paragraph())
            case "pPr":
                propertiesDepth += 1
            case "pStyle" where propertiesDepth > 0:
                updateCurrent { $0.styleID = attributes["val"] }
            case "outlineLvl" where propertiesDepth > 0:
                updateCurrent { $0.outlineLevel = attributes["val"].flatMap { Int($0) } }
            case "r":
                runDepth += 1
            case "t":
                inText = true
            case "tab", "ptab":
                // A w:tab outside a run is a tab stop in w:pPr/w:tabs, not text.
                if runDepth > 0 { append("\t") }
            case "br", "cr":
                if runDepth > 0 { updateCurrent { $0.lines.append("") } }
            case "noBreakHyphen":
                if runDepth > 0 { append("-") }
            default:
                break
            }
        }

        mutating func end(_ namespace: String, _ name: String) {
            if skipDepth > 0 {
                skipDepth -= 1
                return
            }
            guard WordNamespace.main.contains(namespace) else { return }
            switch name {
            case "p":
                guard var paragraph = open.popLast() else { return }
                // A break that ends a paragraph (often a page break) ends its line; it makes no empty one.
                if paragraph.lines.count > 1, paragraph.lines.last == "" { paragraph.lines.removeLast() }
                finished.append(paragraph)
            case "pPr": propertiesDepth -= 1
            case "r": runDepth -= 1
            case "t": inText = false
            default: break
            }
        }

        mutating func text(_ text: String) {
            if inText, skipDepth == 0 { append(text) }
        }

        private mutating func append(_ text: String) {
            updateCurrent { $0.lines[$0.lines.count - 1] += text }
        }

        /// Changes the innermost open paragraph, if any (text outside one is ignored).
        private mutating func updateCurrent(_ change: (inout Paragraph) -> Void) {
            guard !open.isEmpty else { return }
            change(&open[open.count - 1])
        }
    }
}
