import TextAnalysis

/// Recognises issuing document numbers (`发文字号`) such as `国发〔2021〕12号`:
/// the issuer's abbreviation, the year in brackets, the serial number and 号.
///
/// Offices write the brackets as `〔 〕` (the standard's hexagonal brackets),
/// but also `[ ]`, `［ ］`, `( )`, `（ ）` and `【 】`; the year has four digits and
/// the serial number up to five, sometimes after `第`. A number counts as the
/// document's own only where the document states it, never where the text
/// cites another document's: a head line that is the number alone (possibly
/// followed by `签发人：…`, as on the red-headed first page), or the value of a
/// `发文字号`/`文号` label.
///
/// For example, `DocumentNumber.number(wholeLine: "粤府办[2022]3号")` is
/// `"粤府办[2022]3号"`, and `DocumentNumber.key("粤府办〔2022〕3号")` equals
/// `DocumentNumber.key("粤府办［2022］3号")`.
public enum DocumentNumber {
    /// Lines longer than this (in UTF-8 bytes) are text, not a number line or
    /// a label row, and are not read: the cost per document stays bounded
    /// even when a whole document is one line.
    static let longestLine = 600

    /// The number a head line of a document states as its own, as spelled there.
    public static func number(wholeLine line: Substring) -> String? {
        guard line.utf8.count <= longestLine, mayHoldNumber(line) else { return nil }
        let trimmed = line.trimmingWhitespace
        if let match = match(in: trimmed), match.range.lowerBound == trimmed.startIndex {
            let rest = trimmed[match.range.upperBound...].trimmingWhitespace
            if rest.isEmpty || rest.hasPrefix("签发人") { return String(match.text) }
        }
        return labelledNumber(in: trimmed)
    }

    /// The number after a `发文字号` or `文号` label in `line`, as spelled there.
    static func labelledNumber(in line: Substring) -> String? {
        for label in ["发文字号", "發文字號", "文号", "文號"] {
            guard let labelRange = line.range(of: label) else { continue }
            var value = line[labelRange.upperBound...].trimmingWhitespace
            if let first = value.first, ":：".contains(first) { value = value.dropFirst().trimmingWhitespace }
            if let match = match(in: value), match.range.lowerBound == value.startIndex { return String(match.text) }
        }
        return nil
    }

    /// The key two spellings of one number share: folded (simplified script,
    /// half-width, lower case), brackets written `[ ]`, white space removed.
    /// Filters and the document-number lookup compare keys.
    public static func key(_ text: some StringProtocol) -> String {
        var key = String.UnicodeScalarView()
        for scalar in CharacterFolding.fold(text).unicodeScalars {
            if opening.contains(scalar) {
                key.append("[")
            } else if closing.contains(scalar) {
                key.append("]")
            } else if !scalar.properties.isWhitespace {
                key.append(scalar)
            }
        }
        return String(key)
    }

    /// Whether `text`, as typed (say, a whole query), is a document number.
    public static func isNumber(_ text: some StringProtocol) -> Bool {
        // Every search asks: most queries are answered by this scan of scalars alone.
        guard text.utf8.count <= longestLine, mayHoldNumber(text) else { return false }
        let trimmed = Substring(text).trimmingWhitespace
        guard let match = match(in: trimmed) else { return false }
        return match.range == trimmed.startIndex..<trimmed.endIndex
    }

    /// Whether `text` has a 号 and an opening bracket, as every number has:
    /// a cheap scan of scalars before the slower reading of characters.
    private static func mayHoldNumber(_ text: some StringProtocol) -> Bool {
        var hasBracket = false
        var hasHao = false
        for scalar in text.unicodeScalars {
            if scalar == "号" || scalar == "號" { hasHao = true } else if opening.contains(scalar) { hasBracket = true }
            if hasBracket && hasHao { return true }
        }
        return false
    }

    private static let opening: Set<Unicode.Scalar> = ["〔", "[", "［", "(", "（", "【", "〖"]
    private static let closing: Set<Unicode.Scalar> = ["〕", "]", "］", ")", "）", "】", "〗"]

    /// The first number in `text`: its range and text.
    private static func match(in text: Substring) -> (range: Range<Substring.Index>, text: Substring)? {
        var searchStart = text.startIndex
        while let open = text[searchStart...].firstIndex(where: { $0.unicodeScalars.count == 1 && opening.contains($0.unicodeScalars.first!) }) {
            if let range = number(around: open, in: text) { return (range, text[range]) }
            searchStart = text.index(after: open)
        }
        return nil
    }

    /// The number whose opening bracket is at `open`, if the text around it is one:
    /// 1–12 letters or Han characters before it, then `YYYY`, a closing
    /// bracket, optional `第`, 1–5 digits and `号`.
    private static func number(around open: Substring.Index, in text: Substring) -> Range<Substring.Index>? {
        var start = open
        var prefixLength = 0
        while start > text.startIndex, prefixLength < 12 {
            let previous = text.index(before: start)
            guard isPrefixCharacter(text[previous]) else { break }
            start = previous
            prefixLength += 1
        }
        guard prefixLength > 0 else { return nil }
        var index = text.index(after: open)
        let yearStart = index
        while index < text.endIndex, digitValue(text[index]) != nil, text.distance(from: yearStart, to: index) < 5 {
            index = text.index(after: index)
        }
        guard text.distance(from: yearStart, to: index) == 4, index < text.endIndex,
              let close = text[index].unicodeScalars.first, closing.contains(close)
        else { return nil }
        index = text.index(after: index)
        if index < text.endIndex, text[index] == "第" { index = text.index(after: index) }
        let serialStart = index
        while index < text.endIndex, digitValue(text[index]) != nil, text.distance(from: serialStart, to: index) < 6 {
            index = text.index(after: index)
        }
        let serialLength = text.distance(from: serialStart, to: index)
        guard (1...5).contains(serialLength), index < text.endIndex, text[index] == "号" || text[index] == "號"
        else { return nil }
        return start..<text.index(after: index)
    }

    /// Letters and Han characters make up the issuer's abbreviation (`国发`, `粤府办`, `GB`).
    private static func isPrefixCharacter(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        return HanScript.isIdeograph(scalar) || (scalar.isASCII && scalar.properties.isAlphabetic)
    }

    /// An ASCII or full-width digit's value.
    private static func digitValue(_ character: Character) -> Int? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }
}

private extension Substring {
    /// The substring without leading and trailing white space.
    var trimmingWhitespace: Substring {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}
