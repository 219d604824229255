/// Reads RTF into lines of text with heading levels, and its `\title`.
///
/// One pass over the bytes; the parts are in `RTFReader+ControlWords.swift`
/// (what each control word does) and `RTFReader+Output.swift` (decoding and
/// where characters go).
///
/// Policies:
/// - Groups save and restore the reading state: destination, font, `\uc`
///   count and paragraph style. Groups nested deeper than ``maximumDepth``
///   are read as skipped content, so hostile nesting costs no memory.
/// - Text is the body's: the font table and style sheet are read for code
///   pages and heading styles; `\info` only for `\title`; destinations
///   marked `\*`, pictures, headers, footers, footnotes, comments, field
///   instructions (their results are text), list numbers (`\listtext`,
///   `\pntext`) and binary data (`\binN`) are skipped.
/// - `\uN` is a character (negative N counts from 65536; surrogate pairs are
///   joined), followed by `\ucN` fallback characters (default 1) that are
///   skipped, whether bytes, `\'hh` escapes or control words.
/// - `\'hh` escapes and raw 8-bit bytes are decoded together in the code
///   page of their font (`\fcharsetN`, `\cpgN`) or the document's
///   (`\ansicpgN`); see ``RTFCodePage``.
/// - `\par`, `\sect`, `\cell` and `\row` end a paragraph, `\line` and
///   `\page` a line of it; `\tab` is a tab. Line ends in the source are not
///   text.
/// - A paragraph's heading level comes from its `\outlinelevelN`, else from
///   its style (`\sN`) in the style sheet: the style's outline level, its
///   name (as for Word styles) or the style it is based on.
struct RTFReader {
    /// The deepest group nesting read; Word writes fewer than 20 levels.
    static let maximumDepth = 256
    /// The most characters of the title and of a style name kept.
    static let maximumNameLength = 1000

    enum Destination { case text, skip, fontTable, styleSheet, info, title }

    struct GroupState {
        var destination = Destination.text
        /// The destination `\ud` restores inside `\upr` (whose first group is an ANSI copy of the second).
        var beforeUpr = Destination.text
        var unicodeSkip = 1
        var font: Int?
        var associatedFont: Int?
        var style = 0
        var outlineLevel: Int?
    }

    struct Style {
        var name = String.UnicodeScalarView()
        var nameEnded = false
        var outlineLevel: Int?
        var basedOn: Int?
    }

    let bytes: [UInt8]
    var index = 0
    var state = GroupState()
    var stack: [GroupState] = []
    /// Groups opened past ``maximumDepth``, read as skipped.
    var overflowDepth = 0
    var starPending = false
    /// Fallback characters still to skip after a `\uN`.
    var skipCount = 0
    var highSurrogate: UInt32?

    var codePages = RTFCodePage()
    var documentCodePage = 1252
    var defaultFont: Int?
    var fontCodePages: [Int: Int] = [:]
    var fontEntry: Int?
    var styles: [Int: Style] = [:]
    var styleEntry: Int?
    var styleSheetDepth = -1

    /// Bytes waiting to be decoded together, and their code page.
    var pending: [UInt8] = []
    var pendingCodePage = 1252
    var trailExpected = false

    var paragraph: [String.UnicodeScalarView] = [String.UnicodeScalarView()]
    var title = String.UnicodeScalarView()
    /// The body's lines read so far, with their heading levels (the result).
    var lines = TextLines()
    /// The first heading line, the title's fallback.
    var firstHeading: String?

    /// Reads all of `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The trimmed `\title`, or `nil` if there is none.
    var documentTitle: String? {
        var line = TextLines()
        line.append(Array(title))
        return line.lines.first
    }

    /// Reads the whole input.
    mutating func read() {
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"):
                index += 1
                openGroup()
            case UInt8(ascii: "}"):
                index += 1
                closeGroup()
            case UInt8(ascii: "\\"):
                index += 1
                readControl()
            default:
                index += 1
                textByte(byte)
            }
        }
        endParagraph(force: false)
    }

    var isSkipping: Bool {
        overflowDepth > 0 || state.destination == .skip || state.destination == .info
            || state.destination == .fontTable
    }

    mutating func openGroup() {
        flushBytes()
        skipCount = 0
        starPending = false
        if overflowDepth > 0 || stack.count >= Self.maximumDepth {
            overflowDepth += 1
            return
        }
        stack.append(state)
        if state.destination == .styleSheet, stack.count == styleSheetDepth + 1 {
            styleEntry = 0
            if styles[0] == nil { styles[0] = Style() }
        }
    }

    mutating func closeGroup() {
        flushBytes()
        skipCount = 0
        starPending = false
        if overflowDepth > 0 {
            overflowDepth -= 1
            return
        }
        guard let outer = stack.popLast() else { return }
        if state.destination == .styleSheet, stack.count == styleSheetDepth { styleEntry = nil }
        state = outer
    }

    /// Reads a control word or symbol; `index` is just past the backslash.
    mutating func readControl() {
        guard index < bytes.count else { return }
        let first = bytes[index]
        guard Self.isLetter(first) else {
            index += 1
            controlSymbol(first)
            return
        }
        var word = String.UnicodeScalarView()
        while index < bytes.count, Self.isLetter(bytes[index]) {
            if word.count < 32 { word.append(Unicode.Scalar(bytes[index])) }
            index += 1
        }
        var parameter: Int?
        let negative = index + 1 < bytes.count && bytes[index] == UInt8(ascii: "-") && Self.isDigit(bytes[index + 1])
        if negative { index += 1 }
        while index < bytes.count, Self.isDigit(bytes[index]) {
            // Clamped, so a thousand digits cannot overflow.
            parameter = min((parameter ?? 0) * 10 + Int(bytes[index] - 0x30), 1 << 40)
            index += 1
        }
        if negative { parameter = parameter.map { -$0 } }
        if index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        flushBytes()
        controlWord(String(word), parameter)
    }

    /// A byte of text outside any control word.
    mutating func textByte(_ byte: UInt8) {
        if byte == 0x0A || byte == 0x0D { return }
        if consumeSkip() || isSkipping { return }
        if byte >= 0x80 || (trailExpected && byte >= 0x40) {
            addByte(byte)
        } else if byte == 0x09 {
            flushBytes()
            emit("\t")
        } else if byte >= 0x20 {
            flushBytes()
            emit(Unicode.Scalar(byte))
        }
    }

    /// Counts down the fallback characters of a `\uN`; true while one is being skipped.
    mutating func consumeSkip() -> Bool {
        guard skipCount > 0 else { return false }
        skipCount -= 1
        return true
    }

    static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x37
        case 0x61...0x66: byte - 0x57
        default: nil
        }
    }
}
