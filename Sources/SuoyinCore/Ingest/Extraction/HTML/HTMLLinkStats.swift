/// What the visible text of a line or block is made of, to tell a menu or a
/// list of links from body text.
///
/// Letters are what a reader reads: Han characters and letters of any
/// script, not digits (a list of links with their dates is still a list of
/// links), spaces or punctuation (the `|` between menu items). A link is an
/// `<a href>` that is not a document to download: the attachments of a
/// notice (`.pdf`, `.doc`, `.xls` …) are part of it.
///
/// A line or block is links, and dropped, when it holds at least two links,
/// at least ``linkShare`` of its letters are in links, and no sentence ends
/// outside them. So `首页 | 政务公开 | 新闻中心` and a `相关文章` list go, and
/// `根据《某某法》和《某某条例》，制定本办法。` stays.
struct HTMLLinkStats: Equatable {
    /// The share of letters in links from which a block is links, in tenths.
    static let linkShare = 7

    var letters = 0
    var linkLetters = 0
    var links = 0
    var hasSentenceEnd = false

    /// Whether this is a menu or a list of links rather than text.
    var isLinks: Bool {
        links >= 2 && linkLetters * 10 >= letters * Self.linkShare && !hasSentenceEnd
    }

    /// Counts one visible scalar, in a link or not.
    mutating func count(_ scalar: Unicode.Scalar, inLink: Bool) {
        if scalar.properties.isAlphabetic {
            letters += 1
            if inLink { linkLetters += 1 }
        } else if !inLink, ScalarTraits.isSentenceTerminator(scalar), scalar != ";", scalar != "；" {
            hasSentenceEnd = true
        }
    }

    static func += (lhs: inout HTMLLinkStats, rhs: HTMLLinkStats) {
        lhs.letters += rhs.letters
        lhs.linkLetters += rhs.linkLetters
        lhs.links += rhs.links
        lhs.hasSentenceEnd = lhs.hasSentenceEnd || rhs.hasSentenceEnd
    }

    /// Extensions of documents a link downloads, which are content, not navigation.
    static let documentExtensions: Set<String> = [
        "pdf", "doc", "docx", "wps", "xls", "xlsx", "et", "ppt", "pptx", "txt", "rtf", "zip", "rar", "7z", "ofd",
        "odt", "ods", "jpg", "jpeg", "png",
    ]

    /// Whether an `href` points to a document to download.
    static func isDocument(href: String) -> Bool {
        let path = href.split(whereSeparator: { $0 == "?" || $0 == "#" }).first ?? ""
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return documentExtensions.contains(path[path.index(after: dot)...].lowercased())
    }
}
