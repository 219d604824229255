/// How the HTML extractor treats elements, by lower-case name.
///
/// Each name's traits come from one dictionary lookup, built once from the
/// word lists below (lists rather than long collection literals keep them
/// quick to type-check and easy to read).
enum HTMLElements {
    /// What the extractor needs to know about an element.
    struct Traits {
        /// How the element affects lines.
        enum Layout { case inline, block, cell, lineBreak }

        var layout = Layout.inline
        /// Never has content or an end tag.
        var isVoid = false
        /// Its content is not markup; the tokenizer reads it whole.
        var isRawText = false
        /// Its content is dropped.
        var drops = false
        /// Its content is dropped unless it is inside a sectioning element.
        var isLandmark = false
        /// A `header` or `footer` inside it belongs to content.
        var isSectioning = false
        /// White space inside it is kept.
        var isPreformatted = false
        /// 1–6 for `h1`–`h6`.
        var headingLevel: Int?
    }

    /// The traits of the element `name` (an unknown name is inline).
    static func traits(of name: String) -> Traits {
        table[name] ?? Traits()
    }

    /// Elements whose content is not markup. Only `title` among them gives text.
    static let rawText = "script style title textarea xmp iframe noembed noframes noscript"

    /// Elements that never have content or an end tag.
    static let void = "area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr"

    /// Elements whose content is dropped wherever they are: page furniture,
    /// form controls and embedded media (whose content is fallback text).
    static let dropped = "head nav aside template select datalist svg canvas audio video object"

    /// Dropped only as the page's banner or footer, that is outside
    /// ``sectioning`` elements: an article's own `<header>` often holds its
    /// `<h1>`. (ARIA maps only such headers and footers to the banner and
    /// contentinfo landmarks.)
    static let landmarks = "header footer"

    /// Elements inside which a `header` or `footer` belongs to content.
    static let sectioning = "article main section"

    /// Elements that start and end a line of their own.
    static let blocks = """
        address article aside blockquote body caption center dd details dialog dir div dl dt fieldset \
        figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li listing \
        main menu nav ol optgroup option p plaintext pre section summary table tbody tfoot thead title tr ul
        """

    /// Table cells: within a row, cells are separated by a tab.
    static let cells = "td th"

    /// Elements whose white space is kept.
    static let preformatted = "pre listing plaintext"

    private static let table: [String: Traits] = {
        var table: [String: Traits] = [:]
        func mark(_ list: String, _ apply: (inout Traits) -> Void) {
            for name in list.split(separator: " ") { apply(&table[String(name), default: Traits()]) }
        }
        mark(blocks) { $0.layout = .block }
        mark(cells) { $0.layout = .cell }
        mark("br") { $0.layout = .lineBreak }
        mark(void) { $0.isVoid = true }
        mark(rawText) { $0.isRawText = true }
        mark(dropped) { $0.drops = true }
        mark(landmarks) { $0.isLandmark = true }
        mark(sectioning) { $0.isSectioning = true }
        mark(preformatted) { $0.isPreformatted = true }
        for level in 1...6 { table["h\(level)"]!.headingLevel = level }
        return table
    }()
}
