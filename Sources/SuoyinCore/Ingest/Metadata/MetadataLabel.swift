import TextAnalysis

/// A label of a metadata row on a web page, such as `发布日期:` or
/// `信息来源：`, and the values that follow such labels in a line.
///
/// A label counts only where a label can begin, at the start of the line or
/// after something other than a Han or Latin letter (a space, a digit, a
/// bracket), so that `资金来源：` holds no `来源` label and `发布日期:` holds
/// no `日期` label of its own; and only when a colon, ASCII or full-width,
/// follows it after optional spaces.
///
/// For example, the line `发布日期:2024-02-29 11:31 信息来源:市司法局` has the
/// date value `2024-02-29 11:31 信息来源:市司法局` and the issuer value `市司法局`.
struct MetadataLabel: Sendable {
    /// What a label introduces.
    enum Field: Sendable { case date, issuer }

    var spellings: [String]
    var field: Field

    init(_ spellings: [String], _ field: Field) {
        self.spellings = spellings
        self.field = field
    }

    /// The labels, simplified and traditional spellings side by side.
    static let table: [MetadataLabel] = [
        // When the page was published, as most government sites print it.
        MetadataLabel(["发布日期", "發佈日期", "發布日期", "发布时间", "發佈時間", "發布時間"], .date),
        // When the document was signed, on information-disclosure pages.
        MetadataLabel(["成文日期"], .date),
        // A bare date label, as some sites print it.
        MetadataLabel(["日期"], .date),
        // The body that supplied the page's text.
        MetadataLabel(["信息来源", "信息來源", "来源", "來源"], .issuer),
        // The issuing body, on information-disclosure pages.
        MetadataLabel(["发布机构", "發佈機構", "發布機構", "发文机关", "發文機關"], .issuer),
    ]

    /// How many scalars into a line labels are looked for. A page squeezed
    /// onto one line still has its labels near the start, and a 5 MB line
    /// then costs no more than a short one.
    static let searchLength = 256

    /// The text after each label in `line`, with the label's field, in order
    /// of appearance: from the first non-blank scalar after the label's colon
    /// to the end of the line.
    static func values(in line: Substring) -> [(field: Field, value: Substring)] {
        guard hasColon(line) else { return [] }
        let scalars = line.unicodeScalars
        var values: [(field: Field, value: Substring)] = []
        var previous: Unicode.Scalar? = nil
        var index = scalars.startIndex
        var examined = 0
        while index < scalars.endIndex, examined < searchLength {
            let scalar = scalars[index]
            if firstScalars.contains(scalar), previous.map(isLabelBoundary) ?? true {
                for (spelling, field) in spellings where spelling.first == scalar {
                    if let value = value(after: spelling, at: index, in: scalars) {
                        values.append((field, Substring(value)))
                        break
                    }
                }
            }
            previous = scalar
            scalars.formIndex(after: &index)
            examined += 1
        }
        return values
    }

    /// Whether a colon, ASCII or full-width (UTF-8 `EF BC 9A`), is among the
    /// first bytes of `line`. Every label needs one, and bytes are much
    /// cheaper to look at than scalars: most lines are refused here.
    private static func hasColon(_ line: Substring) -> Bool {
        var last: UInt8 = 0, beforeLast: UInt8 = 0
        for byte in line.utf8.prefix(searchLength * 4) {
            if byte == 0x3A || (byte == 0x9A && last == 0xBC && beforeLast == 0xEF) { return true }
            beforeLast = last
            last = byte
        }
        return false
    }

    /// The rest of the line after `spelling`, a colon and any spaces, if
    /// `spelling` is written at `index` and followed by a colon.
    private static func value(
        after spelling: [Unicode.Scalar], at index: String.Index, in scalars: Substring.UnicodeScalarView
    ) -> Substring.UnicodeScalarView? {
        var position = index
        for expected in spelling {
            guard position < scalars.endIndex, scalars[position] == expected else { return nil }
            scalars.formIndex(after: &position)
        }
        position = firstNonBlank(in: scalars, from: position)
        guard position < scalars.endIndex, scalars[position] == ":" || scalars[position] == "：" else { return nil }
        scalars.formIndex(after: &position)
        return scalars[firstNonBlank(in: scalars, from: position)...]
    }

    /// Whether a label may begin after `previous`: anything but a letter,
    /// Han or Latin, may come before one.
    private static func isLabelBoundary(_ previous: Unicode.Scalar) -> Bool {
        !(HanScript.isIdeograph(previous) || ("a"..."z").contains(previous) || ("A"..."Z").contains(previous))
    }

    private static func firstNonBlank(in scalars: Substring.UnicodeScalarView, from start: String.Index) -> String.Index {
        scalars[start...].firstIndex { !ScalarTraits.isWhitespace($0) } ?? scalars.endIndex
    }

    /// The scalars labels begin with: most positions in a line are passed
    /// over after a few comparisons.
    private static let firstScalars = Array(Set(spellings.compactMap(\.spelling.first)))

    /// Every spelling of ``table``, as scalars, with its field.
    private static let spellings: [(spelling: [Unicode.Scalar], field: Field)] = table.flatMap { label in
        label.spellings.map { (Array($0.unicodeScalars), label.field) }
    }
}
