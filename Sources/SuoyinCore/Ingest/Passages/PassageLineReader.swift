/// One pass over a document's UTF-8 bytes, a line at a time.
///
/// Invariant of the loop in ``read(_:)``: `byte` is the offset of the first
/// byte of the current line and `scalarOffset` the number of scalars before
/// it. A line's scalars and their byte offsets are decoded into two buffers
/// reused from line to line (a line of n bytes has at most n scalars), so
/// there is no allocation per scalar, and a passage's text is one copy of
/// its bytes.
struct PassageLineReader {
    private let packer: SentencePacker
    /// The passages read so far, in reading order.
    private(set) var passages: [Passage] = []
    private var sections = SectionStack()
    /// The scalars of the current line are `scalars[0..<count]`.
    private var scalars: [Unicode.Scalar] = []
    /// `byteOffsets[i]` is where `scalars[i]` starts; `byteOffsets[count]` is the line's end.
    private var byteOffsets: [Int] = [0]
    private var count = 0

    /// Heading levels from markup, by 1-based line.
    private let headingLevels: [Int: Int]
    /// Whether `#` lines are Markdown headings.
    private let markdownHeadings: Bool
    /// Lines that are chrome for where they sit (see ``PageChrome``), by 1-based number.
    private let footnoteLines: Set<Int>

    /// Lines longer than this are never website chrome, so are not checked.
    private static let longestChrome = 100

    /// The document's title: a heading that reads the same opens no section,
    /// so no section path repeats the title.
    private let title: String?

    init(maxLength: Int, headingLevels: [Int: Int] = [:], markdownHeadings: Bool = true, footnoteLines: Set<Int> = [],
         title: String? = nil) {
        packer = SentencePacker(maxLength: maxLength)
        self.title = title
        self.headingLevels = headingLevels
        self.markdownHeadings = markdownHeadings
        self.footnoteLines = footnoteLines
    }

    /// Reads a whole document's UTF-8, appending its passages to ``passages``.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        var byte = 0
        var scalarOffset = 0
        var line = 1
        while byte < bytes.count {
            // "\n" and "\r" are ASCII, so they never occur inside a multi-byte scalar.
            var lineEnd = byte
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
            decodeLine(bytes, from: byte, to: lineEnd)
            addPassages(ofLine: line, startingAt: scalarOffset, in: bytes)
            scalarOffset += count
            byte = lineEnd
            guard byte < bytes.count else { break }
            let breakLength = bytes[byte] == 0x0D && byte + 1 < bytes.count && bytes[byte + 1] == 0x0A ? 2 : 1
            byte += breakLength
            scalarOffset += breakLength
            line += 1
        }
    }

    /// Decodes `bytes[start..<end]`, one line without its line end, into the line buffers.
    private mutating func decodeLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        if scalars.count < end - start {
            let capacity = max(end - start, 2 * scalars.count, 256)
            scalars = Array(repeating: " ", count: capacity)
            byteOffsets = Array(repeating: 0, count: capacity + 1)
        }
        var decoded = 0
        scalars.withUnsafeMutableBufferPointer { scalars in
            byteOffsets.withUnsafeMutableBufferPointer { offsets in
                var byte = start
                while byte < end {
                    let (scalar, length) = Self.decode(bytes, at: byte)
                    scalars[decoded] = scalar
                    offsets[decoded] = byte
                    decoded += 1
                    byte += length
                }
                offsets[decoded] = end
            }
        }
        count = decoded
    }

    /// Adds the passages of the line now in the buffers, and applies its heading.
    private mutating func addPassages(ofLine line: Int, startingAt lineStart: Int,
                                      in bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var end = count
        while start < end, ScalarTraits.isWhitespace(scalars[start]) { start += 1 }
        while end > start, ScalarTraits.isWhitespace(scalars[end - 1]) { end -= 1 }
        guard start < end else { return }
        if footnoteLines.contains(line) { return }
        if end - start <= Self.longestChrome, ChromeRules.isChrome(Substring(string(bytes, start..<end))) { return }

        var heading = headingLevels[line].map { Heading(rank: $0, text: HeadingText.markupHeading(string(bytes, start..<end))) }
            ?? HeadingRecognizer.heading(inScalars: scalars[start..<end]) { string(bytes, $0) }
        if let found = heading, found.isMarkdown, !markdownHeadings, headingLevels[line] == nil { heading = nil }
        if let found = heading, let title, found.text == title || string(bytes, start..<end) == title { heading = nil }
        if let heading { sections.close(for: heading) }
        let section = sections.path
        packer.pieces(of: scalars, in: start..<end) { piece in
            passages.append(Passage(
                line: line, column: piece.lowerBound + 1,
                start: lineStart + piece.lowerBound, end: lineStart + piece.upperBound,
                text: string(bytes, piece), section: section))
        }
        if let heading { sections.open(heading) }
    }

    /// The text of the current line's scalars in `range`, copied from the document's bytes.
    private func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let utf8 = bytes[byteOffsets[range.lowerBound]..<byteOffsets[range.upperBound]]
        return String(decoding: UnsafeBufferPointer(rebasing: utf8), as: UTF8.self)
    }

    /// The scalar starting at `index` of valid UTF-8 (a `String`'s own bytes) and its length.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let value: UInt32
        let length: Int
        switch lead {
        case ..<0x80:
            return (Unicode.Scalar(UInt8(lead)), 1)
        case ..<0xE0:
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            length = 2
        case ..<0xF0:
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            length = 3
        default:
            value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
