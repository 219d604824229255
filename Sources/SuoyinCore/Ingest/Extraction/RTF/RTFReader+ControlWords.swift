/// The control words and symbols ``RTFReader`` acts on, and what each does
/// to the reading state (see the policies there).
extension RTFReader {
    /// Destinations whose content is never text.
    static let skippedDestinations: Set<String> = [
        "colortbl", "pict", "shppict", "nonshppict", "object", "objdata", "objclass", "header", "headerl", "headerr",
        "headerf", "footer", "footerl", "footerr", "footerf", "footnote", "annotation", "fldinst", "listtext",
        "pntext", "pntxta", "pntxtb", "listtable", "listoverridetable", "revtbl", "rsidtbl", "filetbl", "themedata",
        "colorschememapping", "datastore", "latentstyles", "xmlnstbl", "generator", "bkmkstart", "bkmkend",
    ]

    static let symbols: [String: Unicode.Scalar] = [
        "emdash": "\u{2014}", "endash": "\u{2013}", "lquote": "\u{2018}", "rquote": "\u{2019}",
        "ldblquote": "\u{201C}", "rdblquote": "\u{201D}", "bullet": "\u{2022}", "emspace": " ", "enspace": " ",
        "qmspace": " ", "tab": "\t",
    ]

    mutating func controlSymbol(_ symbol: UInt8) {
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

    mutating func controlWord(_ word: String, _ parameter: Int?) {
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
}
