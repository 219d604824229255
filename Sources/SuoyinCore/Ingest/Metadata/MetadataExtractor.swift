/// Finds a document's publication date, issuer and number near its start and end.
///
/// Only the first ``headLineCount`` and the last ``tailLineCount`` non-blank
/// lines are read, so the cost per document does not grow with its length.
///
/// - Date: the first date after a label (`发布日期`, `发布时间`, `成文日期`,
///   `日期`) in the first lines; else the closing date, the last of the last
///   lines that is a date and nothing else (`2021年12月17日`,
///   `二〇二一年十二月十七日`), chrome excepted; else a labelled date in the
///   last lines.
/// - Issuer: the first issuer after a label (`信息来源`, `来源`, `发布机构`,
///   `发文机关`) in the first lines; else the signature, the line just above
///   the closing date if it is an organisation name; else a labelled issuer in
///   the last lines; else the organisation the title begins with.
/// - Number: the first of the first lines that states the document's own
///   number (``DocumentNumber``).
///
/// So a label at the top outranks a signature, which outranks the title. A
/// `title` that is chrome (a breadcrumb the title detector took for a title)
/// or `nil` is replaced by the first of the first lines that is not chrome.
///
/// For example, under the title `慈溪市人民政府关于2023年度法治政府建设情况的报告`,
/// the line `发布日期:2024-02-29 11:31 信息来源:市司法局` gives the date
/// 2024-02-29 and the issuer 市司法局, the label winning over the title.
public enum MetadataExtractor {
    /// How many non-blank lines at the start are read: titles, page bars and
    /// disclosure tables all come before the text proper.
    static let headLineCount = 30
    /// How many non-blank lines at the end are read: signature, closing date,
    /// a note such as `（此件公开发布）` and the site footer.
    static let tailLineCount = 15

    /// The metadata of a document given as its decoded `lines`, in order, and
    /// the `title` the caller detected, if any.
    public static func metadata(lines: [Substring], title: String?) -> DocumentMetadata {
        let head = nonBlankIndices(of: lines, in: lines.indices, limit: headLineCount)
        let tail = nonBlankIndices(of: lines, in: lines.indices.reversed(), limit: tailLineCount)
        let top = labelledValues(in: head.lazy.map { lines[$0] })
        let closing = closingDate(in: lines, tail: tail)
        // Labels at the end are read last: there "来源：" is as often the
        // source of a table's figures as the page's.
        let bottom = labelledValues(in: tail.reversed().lazy.map { lines[$0] })
        let date = top.date ?? closing?.date ?? bottom.date
        let issuer = top.issuer ?? closing?.signature ?? bottom.issuer
            ?? titleIssuer(title, firstLines: head.lazy.map { lines[$0] })
        let number = head.lazy.compactMap { DocumentNumber.number(wholeLine: lines[$0]) }.first
        return DocumentMetadata(date: date?.description, issuer: issuer, number: number)
    }

    /// The first `limit` indices in `order` whose lines are not blank.
    private static func nonBlankIndices<Order: Sequence<Int>>(of lines: [Substring], in order: Order, limit: Int) -> [Int] {
        var indices: [Int] = []
        for index in order where lines[index].unicodeScalars.contains(where: { !ScalarTraits.isWhitespace($0) }) {
            indices.append(index)
            if indices.count == limit { break }
        }
        return indices
    }

    /// The first labelled date and issuer in `lines` that read as such.
    private static func labelledValues<Lines: Sequence<Substring>>(in lines: Lines) -> (date: DocumentDate?, issuer: String?) {
        var date: DocumentDate? = nil, issuer: String? = nil
        for line in lines {
            for (field, value) in MetadataLabel.values(in: line) {
                switch field {
                case .date: date = date ?? DocumentDateParser.date(atStartOf: value)
                case .issuer: issuer = issuer ?? IssuerName.issuer(labelValue: value)
                }
            }
            if date != nil, issuer != nil { break }
        }
        return (date, issuer)
    }

    /// The last tail line that is only a date, with the organisation signing
    /// just above it, if any. `tail` runs from the last line backwards.
    private static func closingDate(in lines: [Substring], tail: [Int]) -> (date: DocumentDate, signature: String?)? {
        for index in tail where !ChromeRules.isChrome(lines[index]) {
            guard let date = DocumentDateParser.date(wholeLine: lines[index]) else { continue }
            let above = lines[..<index].lastIndex { $0.unicodeScalars.contains { !ScalarTraits.isWhitespace($0) } }
            let signature = above.flatMap { ChromeRules.isChrome(lines[$0]) ? nil : IssuerName.signature(lines[$0]) }
            return (date, signature)
        }
        return nil
    }

    /// The organisation `title` begins with; a missing or chrome title is
    /// replaced by the first of `firstLines` that is not chrome.
    private static func titleIssuer<Lines: Sequence<Substring>>(_ title: String?, firstLines: Lines) -> String? {
        if let title, !ChromeRules.isChrome(title[...]) {
            return IssuerName.issuer(inTitle: title[...])
        }
        return firstLines.first { !ChromeRules.isChrome($0) }.flatMap(IssuerName.issuer(inTitle:))
    }
}
