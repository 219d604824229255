import TextAnalysis

/// One pass over a document's UTF-8 bytes, a line at a time.
///
/// Invariant of the loop in ``read(_:)``: `byte` is the offset of the first
/// byte of the current line and `scalarOffset` the number of scalars before
/// it. A line's scalars and their byte offsets are decoded into two buffers
/// reused from line to line (a line of n bytes has at most n scalars), so
/// there is no allocation per scalar, and a passage's text is one copy of
/// its bytes.
///
/// A line longer than `windowBytes` is decoded a window at a time (see
/// ``readLongLine(_:from:to:line:lineStart:)``), so the buffers stay small
/// whatever the line: a 200 MB line once took 12 bytes of buffer a byte.
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

    /// Lines of more bytes than this are read in windows of about this many bytes.
    private let windowBytes: Int

    /// The fewest bytes of a long line read before its heading is recognized.
    static let headingLookahead = 1024

    /// The default window: 256 KiB, at most 3 MB of buffers.
    static let defaultWindowBytes = 256 << 10

    init(maxLength: Int, headingLevels: [Int: Int] = [:], markdownHeadings: Bool = true, footnoteLines: Set<Int> = [],
         title: String? = nil, windowBytes: Int = Self.defaultWindowBytes) {
        packer = SentencePacker(maxLength: maxLength)
        self.title = title
        self.headingLevels = headingLevels
        self.markdownHeadings = markdownHeadings
        self.footnoteLines = footnoteLines
        self.windowBytes = max(1, windowBytes)
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
            if lineEnd - byte > windowBytes {
                scalarOffset += readLongLine(bytes, from: byte, to: lineEnd, line: line, lineStart: scalarOffset)
            } else {
                decodeLine(bytes, from: byte, to: lineEnd)
                addPassages(ofLine: line, startingAt: scalarOffset, in: bytes)
                scalarOffset += count
            }
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
        count = 0
        appendDecoded(bytes, from: start, to: end)
    }

    /// Decodes `bytes[start..<end]` (whole scalars) after the scalars already in the buffers.
    private mutating func appendDecoded(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        if scalars.count < count + end - start {
            let capacity = max(count + end - start, 2 * scalars.count, 256)
            scalars.append(contentsOf: repeatElement(" ", count: capacity - scalars.count))
            byteOffsets.append(contentsOf: repeatElement(0, count: capacity + 1 - byteOffsets.count))
        }
        var decoded = count
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

    /// Reads a line of more than `windowBytes` bytes a window at a time and
    /// returns its length in scalars.
    ///
    /// Each window is decoded after what the last one left unpacked (at most
    /// `maxLength` scalars), and the packer emits the pieces that the whole
    /// line would give (``SentencePacker`` looks only `maxLength` scalars
    /// ahead). The heading is recognized in the first window (exactly as in
    /// the whole line unless white space fills most of its first kilobyte);
    /// a line this long is never chrome.
    private mutating func readLongLine(_ bytes: UnsafeBufferPointer<UInt8>, from lineByte: Int, to lineEnd: Int,
                                       line: Int, lineStart: Int) -> Int {
        if footnoteLines.contains(line) {
            // No passage; only its length in scalars (one per byte that does not continue one).
            return bytes[lineByte..<lineEnd].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        }
        count = 0
        var next = lineByte
        var base = 0  // scalars of the line before scalars[0]
        var heading: Heading?
        var section: [String] = []
        var isFirst = true
        while true {
            // The first window holds at least 1 KiB, 256 scalars or more: the heading's text
            // depends on no more than its label and the 61 scalars after it (``HeadingText``).
            var chunkEnd = min(lineEnd, next + (isFirst ? max(windowBytes, Self.headingLookahead) : windowBytes))
            // Windows end between scalars: never before a continuation byte.
            while chunkEnd < lineEnd, bytes[chunkEnd] & 0xC0 == 0x80 { chunkEnd += 1 }
            appendDecoded(bytes, from: next, to: chunkEnd)
            next = chunkEnd
            let isLast = next == lineEnd
            var start = 0
            var end = count
            if isFirst {
                isFirst = false
                while start < end, ScalarTraits.isWhitespace(scalars[start]) { start += 1 }
                if start < end { heading = self.heading(ofLine: line, in: start..<end, bytes) }
                if let heading { sections.close(for: heading) }
                section = sections.path
            }
            if isLast {
                while end > start, ScalarTraits.isWhitespace(scalars[end - 1]) { end -= 1 }
            }
            let rest = packer.pieces(of: scalars, in: start..<end, lineContinues: !isLast) { piece in
                passages.append(Passage(
                    line: line, column: base + piece.lowerBound + 1,
                    start: lineStart + base + piece.lowerBound, end: lineStart + base + piece.upperBound,
                    text: string(bytes, piece), section: section))
            }
            if isLast { break }
            // Keep the unpacked rest at the front of the buffers.
            let kept = count - rest
            scalars.withUnsafeMutableBufferPointer { buffer in
                for index in 0..<kept { buffer[index] = buffer[rest + index] }
            }
            byteOffsets.withUnsafeMutableBufferPointer { buffer in
                for index in 0...kept { buffer[index] = buffer[rest + index] }
            }
            base += rest
            count = kept
        }
        if let heading { sections.open(heading) }
        return base + count
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

        let heading = heading(ofLine: line, in: start..<end, bytes)
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

    /// The heading that line `line`, whose trimmed scalars are `range` of the buffers, starts, if any.
    private func heading(ofLine line: Int, in range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Heading? {
        var heading = headingLevels[line].map { Heading(rank: $0, text: HeadingText.markupHeading(string(bytes, range))) }
            ?? HeadingRecognizer.heading(inScalars: scalars[range]) { string(bytes, $0) }
        if let found = heading, found.isMarkdown, !markdownHeadings, headingLevels[line] == nil { heading = nil }
        if let found = heading, let title, found.text == title || string(bytes, range) == title { heading = nil }
        return heading
    }

    /// The text of the current line's scalars in `range`, copied from the document's bytes.
    private func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let utf8 = bytes[byteOffsets[range.lowerBound]..<byteOffsets[range.upperBound]]
        return String(decoding: UnsafeBufferPointer(rebasing: utf8), as: UTF8.self)
    }

    /// The scalar starting at `index` of valid UTF-8 (a `String`'s own bytes) and its length.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let (value, length) = UTF8Decoding.validScalar(in: bytes, at: index)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
