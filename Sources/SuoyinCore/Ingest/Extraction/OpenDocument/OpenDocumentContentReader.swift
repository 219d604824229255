import Foundation

/// Reads the paragraphs of an OpenDocument text's `content.xml`.
///
/// Policies:
/// - Each `text:p` and `text:h` is a paragraph, wherever it is: body, table
///   cell, list or frame. A paragraph inside another (a text box
///   anchored in it) comes before it.
/// - White space in character data collapses to one space, as OpenDocument
///   says; `text:s` is `text:c` spaces (at most ``maximumSpaces``), `text:tab`
///   a tab, and `text:line-break` ends a line of the paragraph.
/// - Not text: footnotes and endnotes (`text:note`: the number would stick
///   to the word it follows, and the Word readers leave notes out too),
///   tracked deletions (`text:tracked-changes`), comments
///   (`office:annotation`), ruby annotations, drawing titles and
///   descriptions, and generated indexes such as a table of contents (which
///   repeat the headings).
/// - A `text:h` is a heading of its `text:outline-level` (1 when missing);
///   a `text:p` keeps its style name for ``OpenDocumentStyles``.
enum OpenDocumentContentReader {
    /// One paragraph as read.
    struct Paragraph: Equatable {
        /// The paragraph's lines: more than one after a `text:line-break`.
        var lines: [String] = [""]
        /// `text:style-name`.
        var styleName: String?
        /// The level of a `text:h`; `nil` for a `text:p`.
        var headingLevel: Int?
    }

    /// The most spaces one `text:s` gives, so a hostile count cannot fill memory.
    static let maximumSpaces = 100

    /// Elements of the text namespace whose content is not text.
    private static let skippedTextElements: Set<String> = [
        "note", "tracked-changes", "ruby-text", "table-of-content", "alphabetical-index",
        "illustration-index", "table-index", "object-index", "user-index", "bibliography",
    ]

    /// The paragraphs of `xml`, in reading order.
    static func paragraphs(in xml: Data) throws(ExtractionFailure) -> [Paragraph] {
        var reader = State()
        let error = XMLEventReader.read(xml, into: &reader)
        if let error { throw ExtractionFailure(reason: "damaged .odt file (content.xml is \(error))") }
        return reader.finished
    }

    private struct State: XMLEventHandler {
        var finished: [Paragraph] = []
        /// Open paragraphs, innermost last.
        var open: [Paragraph] = []
        /// Depth inside content that is not text; 0 outside.
        var skipDepth = 0
        /// Whether the last character added came from character data and was a space.
        var afterSpace = false

        mutating func start(_ namespace: String, _ name: String, _ attributes: [String: String]) {
            if skipDepth > 0 {
                skipDepth += 1
                return
            }
            switch (namespace, name) {
            case (OpenDocumentNamespace.office, "annotation"), (OpenDocumentNamespace.svg, "title"),
                 (OpenDocumentNamespace.svg, "desc"):
                skipDepth = 1
            case (OpenDocumentNamespace.text, _) where OpenDocumentContentReader.skippedTextElements.contains(name):
                skipDepth = 1
            case (OpenDocumentNamespace.text, "p"):
                open.append(Paragraph(styleName: attributes["style-name"]))
                afterSpace = true  // leading white space of a paragraph is dropped
            case (OpenDocumentNamespace.text, "h"):
                let level = attributes["outline-level"].flatMap { Int($0) }.map { min(max($0, 1), 10) } ?? 1
                open.append(Paragraph(styleName: attributes["style-name"], headingLevel: level))
                afterSpace = true
            case (OpenDocumentNamespace.text, "s"):
                let count = attributes["c"].flatMap { Int($0) } ?? 1
                append(String(repeating: " ", count: min(max(count, 1), OpenDocumentContentReader.maximumSpaces)))
            case (OpenDocumentNamespace.text, "tab"):
                append("\t")
            case (OpenDocumentNamespace.text, "line-break"):
                updateCurrent { $0.lines.append("") }
                afterSpace = true
            default:
                break
            }
        }

        mutating func end(_ namespace: String, _ name: String) {
            if skipDepth > 0 {
                skipDepth -= 1
                return
            }
            guard namespace == OpenDocumentNamespace.text, name == "p" || name == "h",
                  let paragraph = open.popLast() else { return }
            finished.append(paragraph)
        }

        mutating func text(_ text: String) {
            guard skipDepth == 0, !open.isEmpty else { return }
            var collapsed = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                    if !afterSpace { collapsed.append(" ") }
                    afterSpace = true
                } else {
                    collapsed.append(scalar)
                    afterSpace = false
                }
            }
            let added = String(collapsed)
            updateCurrent { $0.lines[$0.lines.count - 1] += added }
        }

        private mutating func append(_ text: String) {
            updateCurrent { $0.lines[$0.lines.count - 1] += text }
            afterSpace = false
        }

        /// Changes the innermost open paragraph, if any (text outside one is ignored).
        private mutating func updateCurrent(_ change: (inout Paragraph) -> Void) {
            guard !open.isEmpty else { return }
            change(&open[open.count - 1])
        }
    }
}
