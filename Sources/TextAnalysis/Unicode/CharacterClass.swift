/// What role a (folded) code point plays in tokenizing.
///
/// - ``cjk``: Han ideographs (all blocks, radicals, 〇 and 々), kana, hangul
///   and bopomofo. Runs of these become overlapping bigrams.
/// - ``word``: letters, digits and combining marks of other scripts. A run of
///   these becomes one word.
/// - ``separator``: everything else (punctuation, symbols, spaces, controls,
///   emoji, U+FFFD). Separators produce nothing and end runs.
public enum CharacterClass: UInt8, Sendable {
    case separator, word, cjk

    /// The class of a folded code point.
    ///
    /// The common cases (ASCII, the main Han block, CJK punctuation) are
    /// decided by range checks; only rare code points consult Unicode
    /// properties.
    @inline(__always)
    public init(_ codePoint: UInt32) {
        if codePoint < 0x80 {
            let isDigit = codePoint &- 0x30 < 10
            let isLower = codePoint &- 0x61 < 26
            let isUpper = codePoint &- 0x41 < 26
            self = isDigit || isLower || isUpper ? .word : .separator
        } else if HanScript.isInMainBlock(codePoint) {
            self = .cjk
        } else {
            self = CharacterClass.classifyRare(codePoint)
        }
    }

    /// The class of a decoded code point (``UTF8Decoding/invalid`` for an
    /// invalid sequence) whose fold is `folded`: the tokenizer's first step.
    /// An invalid sequence is a separator, as U+FFFD is.
    @inline(__always)
    init(decoded: UInt32, folded: UInt32) {
        self = decoded == UTF8Decoding.invalid ? .separator : CharacterClass(folded)
    }

    private static func classifyRare(_ codePoint: UInt32) -> CharacterClass {
        if HanScript.isIdeograph(codePoint) { return .cjk }
        switch codePoint {
        case 0x3005, 0x3007, 0x3021...0x3029, 0x3038...0x303B: return .cjk
        case 0x3000...0x303F, 0x2000...0x206F, 0x30FB, 0xFF00...0xFF65, 0xFFE0...0xFFFF: return .separator
        case 0x2E80...0x2FDF: return .cjk  // radicals
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0x3100...0x312F, 0x31A0...0x31BF: return .cjk
        case 0xAC00...0xD7FF, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xFF66...0xFFDC: return .cjk
        default:
            guard let scalar = Unicode.Scalar(codePoint) else { return .separator }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark, .letterNumber:
                return .word
            default:
                return properties.isAlphabetic ? .word : .separator
            }
        }
    }
}
