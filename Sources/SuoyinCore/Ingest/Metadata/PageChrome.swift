/// Finds the lines of a document that are chrome only where they sit: the
/// copyright statements and free-valued labels (`版权所有 © 2023 某某市人民政府`,
/// `来源：本站`) that ``ChromeRules`` calls footnotes.
///
/// Such a line is chrome when it is among the first or last ``zoneLineCount``
/// non-blank lines, the head or foot of a page, and the document is a web
/// page (`isWebPage`: its markup says so) or shows website evidence there: a
/// line that is chrome anywhere (a registration number, a breadcrumb, a host
/// label, a navigation or page-information bar). A document without such
/// evidence keeps them all: in a manual or a licence,
/// `版权所有 © 1999 自由软件基金会` is the text itself, and a one-line file of
/// it is indexed.
enum PageChrome {
    /// How many non-blank lines at each end make the head and the foot.
    static let zoneLineCount = 12

    /// The 1-based numbers of the lines of `text` that are footnote chrome.
    ///
    /// Reads every line end but classifies only the lines of the two zones,
    /// so the cost is one scan of the bytes.
    static func footnoteLines(in text: String, isWebPage: Bool = false) -> Set<Int> {
        var head: [(line: Int, text: Substring)] = []
        var tail: [(line: Int, text: Substring)] = []
        var tailStart = 0
        forEachLine(of: text) { number, line in
            guard line.unicodeScalars.contains(where: { !ScalarTraits.isWhitespace($0) }) else { return }
            if head.count < zoneLineCount {
                head.append((number, line))
            } else if tail.count < zoneLineCount {
                tail.append((number, line))
            } else {
                // A ring buffer of the last lines: tailStart is the oldest.
                tail[tailStart] = (number, line)
                tailStart = (tailStart + 1) % zoneLineCount
            }
        }
        var footnotes = Set<Int>()
        var hasEvidence = isWebPage
        for (number, line) in head + tail {
            switch ChromeRules.kind(of: line) {
            case .evidence?, .bar?: hasEvidence = true
            case .footnote?: footnotes.insert(number)
            case nil: break
            }
        }
        return hasEvidence ? footnotes : []
    }

    /// Calls `body` with the 1-based number and text of every line; lines end
    /// at `"\n"`, `"\r\n"` or a lone `"\r"`, as for ``PassageSplitter``.
    private static func forEachLine(of text: String, _ body: (Int, Substring) -> Void) {
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        var number = 1
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                utf8.formIndex(after: &index)
                continue
            }
            body(number, text[start..<index])
            number += 1
            utf8.formIndex(after: &index)
            if byte == 0x0D, index < utf8.endIndex, utf8[index] == 0x0A { utf8.formIndex(after: &index) }
            start = index
        }
        if start < utf8.endIndex { body(number, text[start..<utf8.endIndex]) }
    }
}
