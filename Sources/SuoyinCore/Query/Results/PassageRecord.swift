import GRDB

/// A passage row joined with its document, as read from the index.
struct PassageRecord {
    var path: String
    var title: String
    var line: Int
    var column: Int
    var start: Int
    var end: Int
    var section: [String]
    var text: String
    var date: String?
    var issuer: String?
    var number: String?
    /// The page the passage starts on, for documents with pages.
    var page: Int?
    /// Its stored copy key (``DuplicateKey/stored``); nil for an empty key, and for a stretch of passages.
    var copyKey: Int64?

    /// The passage columns a record needs, from `p` (passages), `s` (sections) and `d` (documents).
    static let columns = """
        p.line, p.column, p.start, s.headings AS section, p.text, p.copyKey, d.path, d.title, d.date, d.issuer,
        d.number, d.pageLines
        """

    init(row: Row) {
        path = row["path"]
        title = row["title"]
        line = row["line"]
        column = row["column"]
        start = row["start"]
        let joined: String = row["section"] ?? ""
        section = joined.isEmpty ? [] : joined.split(separator: IndexSchema.sectionSeparator).map(String.init)
        text = row["text"]
        // The passage is exactly the document's scalars start..<end.
        end = start + text.unicodeScalars.count
        date = row["date"]
        issuer = row["issuer"]
        number = row["number"]
        let pageLines: String? = row["pageLines"]
        page = pageLines.flatMap(PageLines.init(stored:))?.page(ofLine: line)
        copyKey = row["copyKey"]
    }

    var citation: Citation { Citation(path: path, line: line, column: column) }

    /// The record as an unranked result without highlights.
    var result: SearchResult {
        SearchResult(rank: nil, score: nil, citation: citation.description, path: path, title: title, line: line,
                     start: start, end: end, section: section, text: text, highlights: [], date: date, issuer: issuer,
                     number: number, page: page)
    }
}
