/// Splits a decoded document into passages: the unit Suoyin indexes, ranks and cites.
///
/// Policies:
/// - A passage never crosses a line end. Lines end at `"\n"`, `"\r\n"` or a
///   lone `"\r"`; whitespace-only lines make no passage.
/// - A passage never starts or ends with whitespace (space, tab, U+3000,
///   U+00A0 or any other Unicode white space).
/// - A line longer than `maxLength` scalars is cut into pieces of whole
///   sentences (see ``SentencePacker``), each at most `maxLength` scalars.
/// - Lines of website chrome (``ChromeRules``: breadcrumbs, view counters,
///   footers; and at a page's head or foot, copyright lines and labels, see
///   ``PageChrome``) make no passage, though they keep their line numbers.
/// - A passage's section is the headings above it, outermost first (see
///   ``HeadingRecognizer`` and ``SectionStack``), except a heading that is
///   the document's title: no section path repeats the title. A heading line is itself body
///   text; its own heading is not in its section but in that of later lines.
///
/// For example, `"一、总则\n（一）适用范围。本办法……"` gives `一、总则` with
/// section `[]` and `（一）适用范围。本办法……` with section `["一、总则"]`.
public struct PassageSplitter: Sendable {
    /// The most Unicode scalars one passage may hold.
    public let maxLength: Int

    /// The largest `maxLength` a splitter accepts: the index stores passage
    /// lengths in 16 bits (``PassageLengths``), and a passage has no more
    /// terms than scalars.
    public static let maximumLength = 60_000

    /// Creates a splitter whose passages hold at most `maxLength` scalars
    /// (at least 1, at most ``maximumLength``).
    public init(maxLength: Int = 300) {
        precondition(maxLength > 0, "a passage must be able to hold a scalar")
        precondition(maxLength <= Self.maximumLength, "passage lengths are stored in 16 bits")
        self.maxLength = maxLength
    }

    /// Splits a decoded document into passages in reading order.
    ///
    /// `text` must have had any byte order mark removed; offsets count its
    /// scalars as they are, without newline translation. `headingLevels`
    /// marks lines known to be headings from the document's markup (HTML
    /// `h1`–`h6`, Word heading styles): level by 1-based line number, 1 outermost.
    /// `markdownHeadings` says whether a line starting `# ` is a Markdown
    /// heading (in a `.md` file) or text (a web page, a Word file, a PDF);
    /// `isWebPage`, that the text is a web page's, which is evidence enough
    /// for ``PageChrome``; a heading that reads as `title` opens no section.
    public func passages(in text: String, headingLevels: [Int: Int] = [:], markdownHeadings: Bool = true,
                         isWebPage: Bool = false, title: String? = nil) -> [Passage] {
        let footnoteLines = PageChrome.footnoteLines(in: text, isWebPage: isWebPage)
        func read(_ bytes: UnsafeBufferPointer<UInt8>) -> [Passage] {
            var reader = PassageLineReader(maxLength: maxLength, headingLevels: headingLevels,
                                           markdownHeadings: markdownHeadings, footnoteLines: footnoteLines,
                                           title: title)
            reader.read(bytes)
            return reader.passages
        }
        var text = text
        text.makeContiguousUTF8()
        // Native strings always have contiguous UTF-8 after that; the copy is a safety net.
        return text.utf8.withContiguousStorageIfAvailable(read) ?? Array(text.utf8).withUnsafeBufferPointer(read)
    }
}
