/// One piece of an HTML document, as ranges into the tokenizer's scalars.
///
/// Comments, `<!DOCTYPE>`, CDATA sections and processing instructions make
/// no token: nothing in them is text.
enum HTMLToken: Equatable {
    /// Character data, with character references still encoded.
    case text(Range<Int>)
    /// A start tag. `name` is in ASCII lower case; `attributes` is the source
    /// between the name and the closing `>` (see ``HTMLTokenizer/attributes(in:)``).
    case startTag(name: String, attributes: Range<Int>, selfClosing: Bool)
    /// An end tag; `name` is in ASCII lower case.
    case endTag(name: String)
    /// A whole raw-text element such as `script`, `style` or `title`, whose
    /// content is not markup: `content` runs up to its end tag.
    case rawTextElement(name: String, attributes: Range<Int>, content: Range<Int>)
}
