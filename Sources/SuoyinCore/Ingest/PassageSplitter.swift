/// Splits a decoded document into passages: the unit Suoyin indexes, ranks and cites.
///
/// Policies:
/// - A passage never crosses a line end. Lines end at `"\n"`, `"\r\n"` or a
///   lone `"\r"`; whitespace-only lines make no passage.
/// - A passage never starts or ends with whitespace (space, tab, U+3000,
///   U+00A0 or any other Unicode white space).
/// - A line longer than `maxLength` scalars is cut into pieces of whole
///   sentences (see ``SentencePacker``), each at most `maxLength` scalars.
/// - A passage's section is the headings above it, outermost first (see
///   ``HeadingRecognizer`` and ``SectionStack``). A heading line is itself body
///   text; its own heading is not in its section but in that of later lines.
///
/// For example, `"一、总则\n（一）适用范围。本办法……"` gives `一、总则` with
/// section `[]` and `（一）适用范围。本办法……` with section `["一、总则"]`.
public struct PassageSplitter: Sendable {
    /// The most Unicode scalars one passage may hold.
    public let maxLength: Int

    /// Creates a splitter whose passages hold at most `maxLength` scalars (at least 1).
    public init(maxLength: Int = 300) {
        precondition(maxLength > 0, "a passage must be able to hold a scalar")
        self.maxLength = maxLength
    }

    /// Splits a decoded document into passages in reading order.
    ///
    /// `text` must have had any byte order mark removed; offsets count its
    /// scalars as they are, without newline translation.
    public func passages(in text: String) -> [Passage] {
        func read(_ bytes: UnsafeBufferPointer<UInt8>) -> [Passage] {
            var reader = LineReader(maxLength: maxLength)
            reader.read(bytes)
            return reader.passages
        }
        var text = text
        text.makeContiguousUTF8()
        // Native strings always have contiguous UTF-8 after that; the copy is a safety net.
        return text.utf8.withContiguousStorageIfAvailable(read) ?? Array(text.utf8).withUnsafeBufferPointer(read)
    }
}

/// One pass over a document's UTF-8 bytes, a line at a time.
///
/// Invariant of the loop in ``read(_:)``: `byte` is the offset of the first
/// byte of the current line and `scalarOffset` the number of scalars before
/// it. A line's scalars and their byte offsets go into two buffers that are
/// reused from line to line, so a long line costs one allocation, not one
/// per scalar, and a passage's text is one copy of its bytes.
private struct LineReader {
    let packer: SentencePacker
    var passages: [Passage] = []
    private var sections = SectionStack()
    /// The scalars of the current line.
    private var scalars: [Unicode.Scalar] = []
    /// `byteOffsets[i]` is where `scalars[i]` starts; one more entry marks the line's end.
    private var byteOffsets: [Int] = []

    init(maxLength: Int) {
        packer = SentencePacker(maxLength: maxLength)
    }

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        var byte = 0
        var scalarOffset = 0
        var line = 1
        while byte < bytes.count {
            scalars.removeAll(keepingCapacity: true)
            byteOffsets.removeAll(keepingCapacity: true)
            // "\n" and "\r" are ASCII, so they never occur inside a multi-byte scalar.
            while byte < bytes.count, bytes[byte] != 0x0A, bytes[byte] != 0x0D {
                let (scalar, length) = Self.decode(bytes, at: byte)
                scalars.append(scalar)
                byteOffsets.append(byte)
                byte += length
            }
            byteOffsets.append(byte)
            addPassages(ofLine: line, startingAt: scalarOffset, in: bytes)
            scalarOffset += scalars.count
            guard byte < bytes.count else { break }
            let breakLength = bytes[byte] == 0x0D && byte + 1 < bytes.count && bytes[byte + 1] == 0x0A ? 2 : 1
            byte += breakLength
            scalarOffset += breakLength
            line += 1
        }
    }

    /// Adds the passages of the line now in the buffers, and applies its heading.
    private mutating func addPassages(ofLine line: Int, startingAt lineStart: Int,
                                      in bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var end = scalars.count
        while start < end, ScalarTraits.isWhitespace(scalars[start]) { start += 1 }
        while end > start, ScalarTraits.isWhitespace(scalars[end - 1]) { end -= 1 }
        guard start < end else { return }

        let heading = HeadingRecognizer.heading(inScalars: scalars[start..<end])
        if let heading { sections.close(for: heading) }
        let section = sections.path
        packer.pieces(of: scalars, in: start..<end) { piece in
            let utf8 = UnsafeBufferPointer(rebasing: bytes[byteOffsets[piece.lowerBound]..<byteOffsets[piece.upperBound]])
            passages.append(Passage(
                line: line, column: piece.lowerBound + 1,
                start: lineStart + piece.lowerBound, end: lineStart + piece.upperBound,
                text: String(decoding: utf8, as: UTF8.self), section: section))
        }
        if let heading { sections.open(heading) }
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
