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
        var footnotes = Set<Int>()
        var hasEvidence = isWebPage
        for (number, line) in zoneLines(of: text) {
            switch ChromeRules.kind(of: line) {
            case .evidence?, .bar?: hasEvidence = true
            case .footnote?: footnotes.insert(number)
            case nil: break
            }
        }
        return hasEvidence ? footnotes : []
    }

    /// The 1-based numbers and texts of the first and last ``zoneLineCount``
    /// lines that are not blank, in order.
    ///
    /// Line ends (`"\n"`, `"\r\n"` or a lone `"\r"`, as for ``PassageSplitter``)
    /// are found in the contiguous UTF-8 bytes, keeping only the two zones'
    /// byte ranges, so memory stays small whatever the number of lines. A
    /// line of ASCII spaces and tabs is blank; one of other white space
    /// (U+3000) takes a place in a zone but is chrome of no kind.
    static func zoneLines(of text: String) -> [(number: Int, text: Substring)] {
        var text = text
        text.makeContiguousUTF8()
        typealias Line = (number: Int, start: Int, end: Int)
        var head: [Line] = [], tail: [Line] = []
        var oldest = 0
        func keep(_ line: Line) {
            if head.count < zoneLineCount {
                head.append(line)
            } else if tail.count < zoneLineCount {
                tail.append(line)
            } else {
                tail[oldest] = line
                oldest = (oldest + 1) % zoneLineCount
            }
        }
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
            var start = 0, index = 0, number = 1, isBlank = true
            while index <= bytes.count {
                let byte: UInt8 = index < bytes.count ? bytes[index] : 0x0A
                guard byte == 0x0A || byte == 0x0D else {
                    if byte != 0x20, byte != 0x09 { isBlank = false }
                    index += 1
                    continue
                }
                if !isBlank { keep((number, start, index)) }
                if index == bytes.count { break }
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
                number += 1
                isBlank = true
            }
        }
        if text.utf8.withContiguousStorageIfAvailable(scan) == nil { Array(text.utf8).withUnsafeBufferPointer(scan) }
        let utf8 = text.utf8
        return (head + tail[oldest...] + tail[..<oldest]).map { line in
            let start = utf8.index(utf8.startIndex, offsetBy: line.start)
            return (line.number, text[start..<utf8.index(start, offsetBy: line.end - line.start)])
        }
    }
}
