/// Finds a fixed-layout document's title in its rebuilt paragraphs: the most
/// prominent text of its first page.
///
/// Policies:
/// - Only the first page with text is read, its first 40 paragraphs.
/// - The title is set in the largest type there, which must be larger than
///   the body text's (by more than a tenth); running headers never compete,
///   because ``LayoutParagraphs`` has already dropped them.
/// - A letterhead (`某某市人民政府文件`: a short line ending in 文件, set larger
///   than anything else on a Chinese official document's first page) is not
///   the title; the next largest type is.
/// - A title set on several lines is those consecutive paragraphs of the same
///   size (at most four), joined by ``LayoutJoin``.
/// - A title longer than 200 characters is not one.
public enum LayoutTitle {
    /// The title of the document whose paragraphs are `paragraphs`, or nil.
    public static func title(in paragraphs: [LayoutParagraph]) -> String? {
        guard let firstPage = paragraphs.first?.page else { return nil }
        let bodySize = bodySize(of: paragraphs)
        let page = Array(paragraphs.prefix { $0.page == firstPage }.prefix(40))
        let candidates = page.indices
            .filter { page[$0].size > bodySize * 1.1 && !isLetterhead(page[$0].text) }
            .sorted { (page[$0].size, -$0) > (page[$1].size, -$1) }
        guard let first = candidates.first else { return nil }
        var lines = [page[first].text]
        var index = first + 1
        while index < page.count, lines.count < 4, LayoutGeometry.sameSize(page[index].size, page[first].size),
              !isLetterhead(page[index].text) {
            lines.append(page[index].text)
            index += 1
        }
        let title = LayoutJoin.joined(lines)
        return title.unicodeScalars.count <= 200 ? title : nil
    }

    /// The size that holds the most characters.
    private static func bodySize(of paragraphs: [LayoutParagraph]) -> Double {
        var characters: [Double: Int] = [:]
        for paragraph in paragraphs {
            characters[(paragraph.size * 2).rounded() / 2, default: 0] += paragraph.text.unicodeScalars.count
        }
        return characters.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 0
    }

    /// Whether `text` is a letterhead such as `国务院文件`.
    private static func isLetterhead(_ text: String) -> Bool {
        text.hasSuffix("文件") && text.unicodeScalars.count <= 30
    }
}
