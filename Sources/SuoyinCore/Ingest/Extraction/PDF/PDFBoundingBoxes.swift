/// Reads the XHTML that `pdftotext -bbox-layout` writes: the document's
/// title and its pages of positioned lines.
///
/// A bounded scanner, not an XML parser: it looks only at the elements
/// `title`, `page`, `block`, `line` and `word` and skips whatever else it
/// meets, so odd or truncated output gives fewer lines, never a failure.
/// Each byte is looked at a bounded number of times; invalid UTF-8 becomes
/// U+FFFD; an attribute that is not a finite number counts as 0.
///
/// For example, the lines of
/// `<page width="595" height="842"><block …><line xMin="72" yMin="57.6"
/// xMax="136" yMax="75.2"><word …>一、</word><word …>总则</word></line>`
/// become one ``PositionedLine`` with the text `一、总则` on page 1.
struct PDFBoundingBoxes {
    /// The `<title>` of the output: the PDF's Info `Title`, if it has one.
    var title: String?
    /// The pages, numbered from 1 in the order of the output.
    var pages: [LayoutPage] = []

    /// Reads `output`.
    init(output: [UInt8]) {
        var position = 0
        var block = 0
        var line: PositionedLine?
        var words: [String] = []
        while let open = Self.index(of: UInt8(ascii: "<"), in: output, from: position) {
            guard let close = Self.index(of: UInt8(ascii: ">"), in: output, from: open + 1) else { break }
            position = close + 1
            let tag = Tag(output[(open + 1)..<close])
            switch tag.name {
            case "title" where title == nil && pages.isEmpty:
                let end = Self.index(of: UInt8(ascii: "<"), in: output, from: position) ?? output.count
                title = Self.text(output[position..<end])
                position = end
            case "page":
                pages.append(LayoutPage(
                    number: pages.count + 1, width: tag.number("width"), height: tag.number("height"), lines: []))
            case "block":
                block += 1
            case "line" where !pages.isEmpty:
                line = PositionedLine(
                    text: "", page: pages.count, xMin: tag.number("xMin"), yMin: tag.number("yMin"),
                    xMax: tag.number("xMax"), yMax: tag.number("yMax"), block: block)
                words = []
            case "word" where line != nil && !tag.isSelfClosing:
                let end = Self.index(of: UInt8(ascii: "<"), in: output, from: position) ?? output.count
                words.append(Self.text(output[position..<end]))
                position = end
            case "/line":
                if var finished = line {
                    finished.text = LayoutJoin.joined(words)
                    pages[pages.count - 1].lines.append(finished)
                }
                line = nil
            default:
                break
            }
        }
    }

    private static func index(of byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes[start...].firstIndex(of: byte)
    }

    /// Character data decoded from UTF-8 with its five XML entities and
    /// numeric character references resolved.
    static func text(_ bytes: ArraySlice<UInt8>) -> String {
        let raw = String(decoding: bytes, as: UTF8.self)
        guard raw.contains("&") else { return raw }
        var result = String.UnicodeScalarView()
        var rest = raw.unicodeScalars[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result.append(contentsOf: rest[..<ampersand])
            rest = rest[rest.index(after: ampersand)...]
            let name = rest.prefix { $0 != ";" && $0 != "&" && $0 != "<" }.prefix(12)
            guard name.endIndex < rest.endIndex, rest[name.endIndex] == ";",
                  let scalar = entity(String(String.UnicodeScalarView(name))) else {
                result.append("&")
                continue
            }
            result.append(scalar)
            rest = rest[rest.index(after: name.endIndex)...]
        }
        result.append(contentsOf: rest)
        return String(result)
    }

    private static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            let value = name.hasPrefix("#x") || name.hasPrefix("#X") ? UInt32(name.dropFirst(2), radix: 16)
                : name.hasPrefix("#") ? UInt32(name.dropFirst(), radix: 10) : nil
            return value.flatMap(Unicode.Scalar.init)
        }
    }

    /// An element's start or end tag: its name (`/line` for an end tag) and attributes.
    private struct Tag {
        var name: Substring
        var isSelfClosing: Bool
        private var attributes: Substring

        init(_ bytes: ArraySlice<UInt8>) {
            // Names and numbers are ASCII; a long tag cannot be one this reads.
            let text = String(decoding: bytes.prefix(400), as: UTF8.self)[...]
            let isEndTag = text.first == "/"
            let rest = isEndTag ? text.dropFirst() : text
            let nameEnd = rest.firstIndex { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "/" } ?? rest.endIndex
            name = text[(isEndTag ? text.startIndex : rest.startIndex)..<nameEnd]
            isSelfClosing = text.hasSuffix("/")
            attributes = text[name.endIndex...]
        }

        /// The attribute `key` as a finite number, else 0.
        func number(_ key: String) -> Double {
            guard let range = attributes.range(of: " " + key + "=\"") else { return 0 }
            let value = attributes[range.upperBound...].prefix { $0 != "\"" }
            guard let number = Double(value), number.isFinite else { return 0 }
            return number
        }
    }
}
