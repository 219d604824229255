/// Rebuilds paragraphs from the positioned lines of a fixed-layout document,
/// so that a paragraph is one line of extracted text, as in a `.txt` file.
///
/// Pure and format-neutral: PDF (through `pdftotext -bbox-layout`) and OFD
/// both feed it pages of ``PositionedLine``s.
public enum LayoutParagraphs {
    /// The paragraphs of `pages`, in reading order, without running headers,
    /// footers and page numbers.
    public static func paragraphs(in pages: [LayoutPage]) -> [LayoutParagraph] {
        pages.flatMap { page in
            page.lines.map { LayoutParagraph(text: $0.text, page: page.number, size: $0.size) }
        }
    }
}
