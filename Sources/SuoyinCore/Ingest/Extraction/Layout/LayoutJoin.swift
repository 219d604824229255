import TextAnalysis

/// Joins two pieces of text that a fixed layout set apart: the words of a
/// line, or a line and the line it wraps onto.
///
/// Policies:
/// - Chinese joins with no space: nothing is inserted when either side is
///   wide (Han, kana, hangul, CJK or full-width punctuation, Chinese quotes
///   and dashes), so `重大问` and `题` make `重大问题`.
/// - Latin words join with one space (`Rule of` and `law` make `Rule of law`).
/// - A hyphen that ends a Latin word before a lower-case letter is a line-break
///   hyphen and is dropped (`adminis-` and `tration` make `administration`);
///   a soft hyphen (U+00AD) at the end is always dropped.
/// - White space at the join is trimmed first.
enum LayoutJoin {
    /// Appends `right` to `left` by the policies above.
    static func append(_ right: some StringProtocol, to left: inout String) {
        let right = right.unicodeScalars.drop(while: ScalarTraits.isWhitespace)
        guard let first = right.first else { return }
        while let last = left.unicodeScalars.last, ScalarTraits.isWhitespace(last) {
            left.unicodeScalars.removeLast()
        }
        guard let last = left.unicodeScalars.last else {
            left.unicodeScalars.append(contentsOf: right)
            return
        }
        if last == "\u{AD}" {
            left.unicodeScalars.removeLast()
        } else if last == "-", isLowercaseLetter(first), endsWithLetterBeforeHyphen(left) {
            left.unicodeScalars.removeLast()
        } else if !isWide(last, besideLatin: nearestNonQuote(in: left.unicodeScalars.reversed())),
                  !isWide(first, besideLatin: nearestNonQuote(in: right)), last != "-" {
            left.unicodeScalars.append(" ")
        }
        left.unicodeScalars.append(contentsOf: right)
    }

    /// `pieces` joined by the policies above.
    static func joined(_ pieces: some Sequence<some StringProtocol>) -> String {
        var text = ""
        for piece in pieces { append(piece, to: &text) }
        return text
    }

    /// Whether `scalar` is wide, where quotes, dashes and ellipses count as
    /// wide only when the letter they stand against, `neighbour`, is not Latin
    /// (`“法治”` joins with no space, `“Title Page”` with one).
    private static func isWide(_ scalar: Unicode.Scalar, besideLatin neighbour: Unicode.Scalar?) -> Bool {
        guard isAmbiguous(scalar) else { return isWide(scalar) }
        guard let neighbour else { return true }
        return isWide(neighbour)
    }

    /// Quotes, dashes and the ellipsis: Chinese and Latin text share them.
    private static func isAmbiguous(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2014, 0x2015, 0x2018...0x201F, 0x2026: return true
        default: return false
        }
    }

    /// The first scalar of `scalars` that is neither white space nor one of the shared marks.
    private static func nearestNonQuote(in scalars: some Sequence<Unicode.Scalar>) -> Unicode.Scalar? {
        for scalar in scalars.prefix(8) where !isAmbiguous(scalar) && !ScalarTraits.isWhitespace(scalar) {
            return scalar
        }
        return nil
    }

    /// Whether `scalar` is set in the full width of Chinese text.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        if CharacterClass(scalar.value) == .cjk { return true }
        switch scalar.value {
        case 0x2E80...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x2014, 0x2015, 0x2018...0x201F, 0x2026, 0x2E3A, 0x2E3B:
            return true
        default:
            return false
        }
    }

    private static func isLowercaseLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isLowercase
    }

    /// Whether the scalar before `text`'s final hyphen is a letter.
    private static func endsWithLetterBeforeHyphen(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        var index = scalars.index(before: scalars.endIndex)
        guard index != scalars.startIndex else { return false }
        scalars.formIndex(before: &index)
        let beforeHyphen = scalars[index]
        return beforeHyphen.properties.isAlphabetic && !isWide(beforeHyphen)
    }
}
