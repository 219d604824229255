/// Reads RTF into lines of text with heading levels, and its `\title`.
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

    private enum Destination { case text, skip, fontTable, styleSheet, info, title }

    private struct GroupState {
        var destination = Destination.text
        /// The destination `\ud` restores inside `\upr` (whose first group is an ANSI copy of the second).
        var beforeUpr = Destination.text
        var unicodeSkip = 1
        var font: Int?
        var associatedFont: Int?
        var style = 0
        var outlineLevel: Int?
    }

    private struct Style {
        var name = String.UnicodeScalarView()
        var nameEnded = false
        var outlineLevel: Int?
        var basedOn: Int?
    }

    /// Destinations whose content is never text.
    private static let skippedDestinations: Set<String> = [
        "colortbl", "pict", "shppict", "nonshppict", "object", "objdata", "objclass", "header", "headerl", "headerr",
        "headerf", "footer", "footerl", "footerr", "footerf", "footnote", "annotation", "fldinst", "listtext",
        "pntext", "pntxta", "pntxtb", "listtable", "listoverridetable", "revtbl", "rsidtbl", "filetbl", "themedata",
        "colorschememapping", "datastore", "latentstyles", "xmlnstbl", "generator", "bkmkstart", "bkmkend",
    ]

    private static let symbols: [String: Unicode.Scalar] = [
        "emdash": "\u{2014}", "endash": "\u{2013}", "lquote": "\u{2018}", "rquote": "\u{2019}",
        "ldblquote": "\u{201C}", "rdblquote": "\u{201D}", "bullet": "\u{2022}", "emspace": " ", "enspace": " ",
        "qmspace": " ", "tab": "\t",
    ]

    private let bytes: [UInt8]
    private var index = 0
    private var state = GroupState()
    private var stack: [GroupState] = []
    /// Groups opened past ``maximumDepth``, read as skipped.
    private var overflowDepth = 0
    private var starPending = false
    /// Fallback characters still to skip after a `\uN`.
    private var skipCount = 0
    private var highSurrogate: UInt32?

    private var codePages = RTFCodePage()
    private var documentCodePage = 1252
    private var defaultFont: Int?
    private var fontCodePages: [Int: Int] = [:]
    private var fontEntry: Int?
    private var styles: [Int: Style] = [:]
    private var styleEntry: Int?
    private var styleSheetDepth = -1

    /// Bytes waiting to be decoded together, and their code page.
    private var pending: [UInt8] = []
    private var pendingCodePage = 1252
    private var trailExpected = false

    private var paragraph: [String.UnicodeScalarView] = [String.UnicodeScalarView()]
    private var title = String.UnicodeScalarView()
    private(set) var lines = TextLines()
    private(set) var firstHeading: String?

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

    private var isSkipping: Bool {
        overflowDepth > 0 || state.destination == .skip || state.destination == .info
            || state.destination == .fontTable
    }

    private mutating func openGroup() {
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

    private mutating func closeGroup() {
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
    private mutating func readControl() {
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

    private mutating func controlSymbol(_ symbol: UInt8) {
        switch symbol {
        case UInt8(ascii: "'"):
            // A cut-off escape (`\'4` at the end) is dropped with its digit.
            var value: UInt8 = 0
            var digits = 0
            while digits < 2, index < bytes.count, let digit = Self.hexValue(bytes[index]) {
                value = value << 4 | digit
                digits += 1
                index += 1
            }
            if digits < 2 || consumeSkip() || isSkipping { return }
            addByte(value)
        case UInt8(ascii: "*"):
            starPending = true
        case 0x0A, 0x0D:
            if !consumeSkip() { endParagraph(force: true) }
        case _ where trailExpected && (symbol == UInt8(ascii: "\\") || symbol == UInt8(ascii: "{") || symbol == UInt8(ascii: "}")):
            // The trail byte of a two-byte character, escaped because it is one of these (Big5 功 is A5 5C).
            addByte(symbol)
        default:
            flushBytes()
            if consumeSkip() { return }
            switch symbol {
            case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"): emit(Unicode.Scalar(symbol))
            case UInt8(ascii: "~"): emit(" ")
            case UInt8(ascii: "_"): emit("-")
            default: break  // \- (optional hyphen), \| and \: (index entries)
            }
        }
    }

    private mutating func controlWord(_ word: String, _ parameter: Int?) {
        if starPending {
            starPending = false
            if word == "ud" {
                state.destination = state.beforeUpr
            } else if overflowDepth == 0 {
                state.destination = .skip
            }
            return
        }
        if word == "u" {
            skipCount = 0  // a new \u ends the last one's fallback
        } else if word != "bin", consumeSkip() {
            return
        }
        switch word {
        case "u":
            if !isSkipping { emitUnicode(parameter.map { $0 < 0 ? $0 + 65536 : $0 } ?? 0) }
            skipCount = state.unicodeSkip
        case "uc": state.unicodeSkip = min(max(parameter ?? 1, 0), 16)
        case "bin": index += min(max(parameter ?? 0, 0), bytes.count - index)
        case "mac": documentCodePage = 10000
        case "pc": documentCodePage = 437
        case "pca": documentCodePage = 850
        case "ansicpg": if let page = parameter, page > 0, page < 100_000 { documentCodePage = page }
        case "deff": defaultFont = parameter
        case "fonttbl": state.destination = .fontTable
        case "f":
            if state.destination == .fontTable { fontEntry = parameter } else { state.font = parameter }
        case "af": state.associatedFont = parameter
        case "fcharset":
            if state.destination == .fontTable, let font = fontEntry, fontCodePages[font] == nil,
               let page = parameter.flatMap(RTFCodePage.codePage(ofCharset:)) { fontCodePages[font] = page }
        case "cpg":
            if state.destination == .fontTable, let font = fontEntry, let page = parameter, page > 0, page < 100_000 {
                fontCodePages[font] = page
            }
        case "plain":
            state.font = nil
            state.associatedFont = nil
        case "stylesheet":
            state.destination = .styleSheet
            styleSheetDepth = stack.count
        case "s":
            if state.destination == .styleSheet {
                styleEntry = parameter
                if let entry = parameter, styles[entry] == nil { styles[entry] = Style() }
            } else {
                state.style = parameter ?? 0
            }
        case "cs", "ds", "ts", "tsrowd": if state.destination == .styleSheet { styleEntry = nil }
        case "sbasedon": if state.destination == .styleSheet, let entry = styleEntry { styles[entry]?.basedOn = parameter }
        case "outlinelevel":
            if state.destination == .styleSheet {
                if let entry = styleEntry { styles[entry]?.outlineLevel = parameter }
            } else {
                state.outlineLevel = parameter
            }
        case "pard":
            state.style = 0
            state.outlineLevel = nil
        case "info": state.destination = .info
        case "title": if state.destination == .info { state.destination = .title }
        case "upr":
            state.beforeUpr = state.destination
            state.destination = .skip
        case "ud": state.destination = state.beforeUpr
        case "par", "sect", "cell", "nestcell": endParagraph(force: true)
        case "row", "nestrow": endParagraph(force: false)
        case "line", "page": if !isSkipping { paragraph.append(String.UnicodeScalarView()) }
        case _ where Self.skippedDestinations.contains(word): state.destination = .skip
        default:
            if let symbol = Self.symbols[word] { emit(symbol) }
        }
    }

    /// A byte of text outside any control word.
    private mutating func textByte(_ byte: UInt8) {
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
    private mutating func consumeSkip() -> Bool {
        guard skipCount > 0 else { return false }
        skipCount -= 1
        return true
    }

    private mutating func addByte(_ byte: UInt8) {
        let page = currentCodePage()
        if !pending.isEmpty, page != pendingCodePage || pending.count >= 4096 { flushBytes() }
        pendingCodePage = page
        pending.append(byte)
        if trailExpected {
            trailExpected = false
        } else if RTFCodePage.isDoubleByte(page), byte >= 0x81, byte != 0xFF {
            trailExpected = true
        }
    }

    /// The code page of the current font: a double-byte font's, else the
    /// associated font's if that one is double-byte (Word writes Chinese in
    /// `\dbch\afN`), else the font's own, else the document's.
    private func currentCodePage() -> Int {
        let own = (state.font ?? defaultFont).flatMap { fontCodePages[$0] }
        if let own, RTFCodePage.isDoubleByte(own) { return own }
        if let associated = state.associatedFont.flatMap({ fontCodePages[$0] }),
           RTFCodePage.isDoubleByte(associated) { return associated }
        return own ?? documentCodePage
    }

    private mutating func flushBytes() {
        guard !pending.isEmpty else { return }
        let text = codePages.decode(pending, codePage: pendingCodePage)
        pending.removeAll(keepingCapacity: true)
        trailExpected = false
        for scalar in text.unicodeScalars { emit(scalar) }
    }

    private mutating func emitUnicode(_ value: Int) {
        if (0xD800...0xDBFF).contains(value) {
            if highSurrogate != nil { emit("\u{FFFD}") }
            highSurrogate = UInt32(value)
            return
        }
        if (0xDC00...0xDFFF).contains(value), let high = highSurrogate {
            highSurrogate = nil
            emit(Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + UInt32(value - 0xDC00)) ?? "\u{FFFD}")
            return
        }
        guard value != 0 else { return }
        // Out of range (a hostile \u-99999) or a lone low surrogate: lost, and marked as lost.
        emit((1...0x10FFFF).contains(value) ? Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}" : "\u{FFFD}")
    }

    private mutating func emit(_ scalar: Unicode.Scalar) {
        if highSurrogate != nil {
            highSurrogate = nil
            emit("\u{FFFD}")
        }
        guard overflowDepth == 0 else { return }
        switch state.destination {
        case .text:
            paragraph[paragraph.count - 1].append(scalar)
        case .title:
            if title.count < Self.maximumNameLength { title.append(scalar) }
        case .styleSheet:
            guard let entry = styleEntry, styles[entry]?.nameEnded == false else { return }
            if scalar == ";" {
                styles[entry]?.nameEnded = true
            } else if styles[entry]!.name.count < Self.maximumNameLength {
                styles[entry]?.name.append(scalar)
            }
        case .skip, .fontTable, .info:
            break
        }
    }

    /// Ends the paragraph being read; without `force`, only if it has text.
    private mutating func endParagraph(force: Bool) {
        flushBytes()
        guard force || paragraph.contains(where: { !$0.isEmpty }) else { return }
        guard !isSkipping, state.destination == .text else { return }
        let level = state.outlineLevel.flatMap(DocxStyles.headingLevel(ofOutlineLevel:)) ?? headingLevel(ofStyle: state.style)
        for line in paragraph {
            let before = lines.count
            lines.append(Array(line), headingLevel: level)
            if level != nil, firstHeading == nil, lines.count > before { firstHeading = lines.lines.last }
        }
        paragraph = [String.UnicodeScalarView()]
    }

    private func headingLevel(ofStyle number: Int) -> Int? {
        var next: Int? = number
        var steps = 0
        while let id = next, let style = styles[id], steps < 10 {
            if let outline = style.outlineLevel { return DocxStyles.headingLevel(ofOutlineLevel: outline) }
            if let level = DocxStyles.headingLevel(ofName: String(String.UnicodeScalarView(style.name))) {
                return level
            }
            next = style.basedOn
            steps += 1
        }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x37
        case 0x61...0x66: byte - 0x57
        default: nil
        }
    }
}
