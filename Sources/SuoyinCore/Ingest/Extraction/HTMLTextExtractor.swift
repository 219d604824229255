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
/// - `h1`–`h6` lines are headings of levels 1–6.
/// - The title is the first non-empty `<title>`, or else the text of the
///   first non-empty `<h1>`.
/// - Any input gives a result, in time linear in its length.
///
/// For example:
/// ```swift
/// HTMLTextExtractor.extract(from: "<title>报告</title><h1>一、总则</h1><p>依法&nbsp;行政</p>")
/// // text "报告\n一、总则\n依法 行政", title "报告", headingLevels [2: 1]
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
        var firstH1Title: String?
        /// The line the first `<h1>` not yet closed started on, while its title is wanted.
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
                case .startTag(let name, _, let selfClosing):
                    start(name, selfClosing: selfClosing)
                case .endTag(let name):
                    end(name)
                case .rawTextElement(let name, _, let content):
                    if name == "title" { readTitle(content) }
                }
            }
            let lines = builder.finish()
            return lines.extractedText(title: title ?? firstH1Title)
        }

        mutating func appendText(_ range: Range<Int>, preformatted: Bool, headingLevel: Int?) {
            builder.preformatted = preformatted
            builder.headingLevel = headingLevel
            let input = tokenizer.input
            var index = range.lowerBound
            while index < range.upperBound {
                if input[index] == "&",
                   let (scalar, length) = HTMLCharacterReference.decode(input, at: index, end: range.upperBound) {
                    builder.append(scalar)
                    index += length
                } else {
                    builder.append(input[index])
                    index += 1
                }
            }
        }

        mutating func start(_ name: String, selfClosing: Bool) {
            let traits = HTMLElements.traits(of: name)
            // Browsers close an unclosed <head> when the body starts.
            if name == "body" { elements.close("head") }
            if !elements.isDropping { applyLayout(traits, isStart: true) }
            guard !selfClosing, !traits.isVoid else { return }
            elements.open(name, traits: traits)
            if name == "h1", firstH1Title == nil, h1StartLine == nil, !elements.isDropping {
                h1StartLine = builder.lines.count
            }
        }

        mutating func end(_ name: String) {
            if !elements.isDropping { applyLayout(HTMLElements.traits(of: name), isStart: false) }
            elements.close(name)
            if let start = h1StartLine, !elements.isOpen("h1") {
                h1StartLine = nil
                let text = builder.text(sinceLine: start)
                if !text.isEmpty { firstH1Title = text }
            }
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

        /// Makes the first non-empty `<title>` a line of its own and the title.
        mutating func readTitle(_ content: Range<Int>) {
            guard title == nil, !elements.isDroppingOutsideHead else { return }
            builder.endLine()
            appendText(content, preformatted: false, headingLevel: nil)
            let text = builder.currentLine
            builder.endLine()
            if !text.isEmpty { title = text }
        }
    }
}
