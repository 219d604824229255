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

    /// The passage columns a record needs, from `p` (passages), `s` (sections)
    /// and `d` (documents): a query selects them first, in this order, and
    /// any columns of its own after them (from ``columnCount`` on).
    static let columns = """
        p.line, p.column, p.start, s.headings, p.text, p.copyKey, d.path, d.title, d.date, d.issuer,
        d.number, d.pageLines
        """
    /// How many ``columns`` there are.
    static let columnCount = 12

    /// The record of a row that starts with ``columns``. They are read by
    /// index: by name, GRDB lowercases each name at each read (a tenth of
    /// the time of `--limit 0`).
    init(row: Row) {
        var sections = SectionPaths()
        self.init(row: row, sections: &sections)
    }

    /// The record of a row that starts with ``columns``, its section path
    /// split by `sections`, which remembers the last one: the rows of a
    /// chunk of results come by id, a document's passages together.
    init(row: Row, sections: inout SectionPaths) {
        line = row[0]
        column = row[1]
        start = row[2]
        section = sections.headings(row[3] ?? "")
        text = row[4]
        // The passage is exactly the document's scalars start..<end.
        end = start + text.unicodeScalars.count
        copyKey = row[5]
        path = row[6]
        title = row[7]
        date = row[8]
        issuer = row[9]
        number = row[10]
        let pageLines: String? = row[11]
        page = pageLines.flatMap(PageLines.init(stored:))?.page(ofLine: line)
    }

    var citation: Citation { Citation(path: path, line: line, column: column) }

    /// The record as an unranked result without highlights.
    var result: SearchResult {
        SearchResult(rank: nil, score: nil, citation: citation.description, path: path, title: title, line: line,
                     start: start, end: end, section: section, text: text, highlights: [], date: date, issuer: issuer,
                     number: number, page: page)
    }
}

/// Section paths as stored (headings joined by ``IndexSchema/sectionSeparator``)
/// split into headings, the last one remembered.
struct SectionPaths {
    private var last: (joined: String, headings: [String]) = ("", [])

    /// The headings of the stored section path `joined`.
    mutating func headings(_ joined: String) -> [String] {
        if joined != last.joined {
            // Split as bytes: the separator is one ASCII control character, and
            // splitting by `Character` measured grapheme clusters (a tenth of a search folding a footer's copies).
            let separator = IndexSchema.sectionSeparator.asciiValue!
            last = (joined, joined.utf8.split(separator: separator).map { String(decoding: $0, as: UTF8.self) })
        }
        return last.headings
    }
}
