/// Extracts indexable text from web pages (`.html`, `.htm`).
///
/// Decoding is the caller's: ``declaredCharset(in:)`` reads what the page
/// declares, the caller decodes the bytes (checking the declaration, since
/// pages lie) and ``extract(from:)`` reads the decoded page.
///
/// Policies of ``extract(from:)``:
/// - Dropped: `script`, `style`, `head` (except `<title>`), `nav`, `aside`,
///   `template`, `noscript`, form controls, embedded media, comments,
///   `<!DOCTYPE>` and CDATA; `header` and `footer` too, unless inside an
///   `article`, `main` or `section` (see ``HTMLElements``).
/// - Block elements (`p`, `div`, `li`, `tr`, `h1`–`h6`, `title`, …) end
///   lines; `<br>` ends a line even if empty; cells of a table row are
///   separated by a tab. White space follows ``HTMLLineBuilder`` and the
///   lines ``TextLines``.
/// - Furniture marked by `class`, `id` or `role` (``HTMLChromeClass``) is
///   dropped, and so are lines and blocks that are mostly links
///   (``HTMLLinkStats``): menus, toolbars, related-article lists.
/// - `h1`–`h6` lines are headings of levels 1–6.
/// - The title is the page's headline, and an information table is read
///   into metadata, not text (see ``HTMLPage``).
/// - Any input gives a result, in time linear in its length.
///
/// For example:
/// ```swift
/// HTMLTextExtractor.extract(from: "<title>报告_某市人民政府</title><h1>报告</h1><p>依法&nbsp;行政</p>")
/// // text "报告\n依法 行政", title "报告", headingLevels [:]
/// ```
public enum HTMLTextExtractor {
    /// The character encoding the page declares, lower-cased (for example
    /// `"gb2312"` or `"utf-8"`), or `nil` if it declares none.
    ///
    /// See ``HTMLCharsetSniffer`` for where it looks.
    public static func declaredCharset(in bytes: [UInt8]) -> String? {
        HTMLCharsetSniffer.charset(in: bytes)
    }

    /// The text, title and headings of a decoded web page.
    public static func extract(from html: String) -> ExtractedText {
        var extraction = Extraction(Array(html.unicodeScalars))
        return extraction.run()
    }

    /// One pass over a page's tokens.
    private struct Extraction {
        var tokenizer: HTMLTokenizer
        var elements = HTMLOpenElements()
        var builder = HTMLLineBuilder()
        var title: String?
        var firstH1: (line: Int, text: String)?
        /// The line the first `<h1>` not yet closed started on, while its text is wanted.
        var h1StartLine: Int?

        init(_ input: [Unicode.Scalar]) {
            tokenizer = HTMLTokenizer(input)
        }

        mutating func run() -> ExtractedText {
            while let token = tokenizer.next() {
                switch token {
                case .text(let range):
                    guard !elements.isDropping else { continue }
                    appendText(range, preformatted: elements.isPreformatted, headingLevel: elements.headingLevel)
                case .startTag(let name, let attributes, let selfClosing):
                    start(name, attributes: attributes, selfClosing: selfClosing)
                case .endTag(let name):
                    end(name)
                case .rawTextElement(let name, _, let content):
                    if name == "title" { readTitle(content) }
                }
            }
            let lines = builder.finish()
            var dropped = Set(builder.linkLines)
            for range in elements.linkBlocks { dropped.formUnion(range) }
            return HTMLPage(lines: lines, droppedLines: dropped, pageTitle: title, firstH1: firstH1).extractedText()
        }

        mutating func appendText(_ range: Range<Int>, preformatted: Bool, headingLevel: Int?) {
            builder.preformatted = preformatted
            builder.headingLevel = headingLevel
            builder.inLink = elements.isInLink
            builder.appendDecoding(tokenizer.input, in: range)
        }

        mutating func start(_ name: String, attributes range: Range<Int>, selfClosing: Bool) {
            let traits = HTMLElements.traits(of: name)
            // Browsers close an unclosed <head> when the body starts.
            if name == "body" { close("head") }
            if !elements.isDropping { applyLayout(traits, isStart: true) }
            guard !selfClosing, !traits.isVoid else { return }
            let attributes = tokenizer.attributes(in: range)
            let isLink = name == "a" && attributes["href"].map { !HTMLLinkStats.isDocument(href: $0) } == true
            elements.add(builder.takeFinishedStats())
            elements.open(name, traits: traits, role: HTMLChromeClass.role(of: attributes), isLink: isLink,
                          firstLine: builder.lines.count)
            if isLink, !elements.isDropping { builder.startLink() }
            if name == "h1", firstH1 == nil, h1StartLine == nil, !elements.isDropping {
                h1StartLine = builder.lines.count
            }
        }

        mutating func end(_ name: String) {
            if !elements.isDropping { applyLayout(HTMLElements.traits(of: name), isStart: false) }
            close(name)
            if let start = h1StartLine, !elements.isOpen("h1") {
                h1StartLine = nil
                let text = builder.text(sinceLine: start)
                if !text.isEmpty { firstH1 = (start, text) }
            }
        }

        mutating func close(_ name: String) {
            elements.add(builder.takeFinishedStats())
            elements.close(name, lineCount: builder.lines.count)
        }

        mutating func applyLayout(_ traits: HTMLElements.Traits, isStart: Bool) {
            switch traits.layout {
            case .lineBreak:
                // "</br>" is a line break too, as in browsers.
                builder.breakLine()
            case .block:
                builder.endLine()
                if isStart, traits.isPreformatted { builder.startPreformatted() }
            case .cell:
                if isStart { builder.separateCell() }
            case .inline:
                break
            }
        }

        /// Keeps the first non-empty `<title>`, white space collapsed, as the page's title.
        mutating func readTitle(_ content: Range<Int>) {
            guard title == nil, !elements.isDroppingOutsideHead else { return }
            var line = HTMLLineBuilder()
            line.appendDecoding(tokenizer.input, in: content)
            let text = line.currentLine
            if !text.isEmpty { title = text }
        }
    }
}
