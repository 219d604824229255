/// The few character classes passage splitting and heading recognition need,
/// as small explicit tables of code points.
///
/// Documents mix ASCII and full-width punctuation (`,` beside `，`, `(一)`
/// beside `（一）`), so every class lists both forms.
enum ScalarTraits {
    /// Unicode `White_Space`: ASCII blanks and controls, NEL, NBSP, the
    /// typographic spaces, line and paragraph separators, and the ideographic
    /// space U+3000. (`\n` and `\r` have already ended the line by then.)
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\t"..."\r", " ", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}"..."\u{200A}",
             "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}":
            return true
        default:
            return false
        }
    }

    /// Marks that end a sentence: `。！？；` and ASCII `!?;`. The ASCII full stop
    /// is not one: it appears in numbers (`1.5亿元`) and labels (`1.`).
    @inline(__always)
    static func isSentenceTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "；", "!", "?", ";": return true
        default: return false
        }
    }

    /// Closing quotes and brackets that stay with the sentence they close.
    @inline(__always)
    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "”", "’", "」", "』", "）", "】", "〕", "》", "〉", ")", "]", "\"", "'": return true
        default: return false
        }
    }

    /// Marks after which a sentence too long for one passage may be cut.
    @inline(__always)
    static func isPassageCommaLike(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "、", ",", "：": return true
        default: return false
        }
    }

    /// Marks at which a heading too long for a section path may be cut.
    @inline(__always)
    static func isHeadingCommaLike(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", ",", "：", ":": return true
        default: return false
        }
    }

    /// Chinese numerals of heading labels (`十二、`, `（二十）`, `第一百条`).
    @inline(__always)
    static func isChineseNumeral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "零", "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千": return true
        default: return false
        }
    }

    /// ASCII digits and full-width digits `０`–`９`.
    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "0"..."9", "０"..."９": return true
        default: return false
        }
    }

    /// `(` or `（`.
    @inline(__always)
    static func isOpeningParenthesis(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "(" || scalar == "（"
    }

    /// `)` or `）`.
    @inline(__always)
    static func isClosingParenthesis(_ scalar: Unicode.Scalar) -> Bool {
        scalar == ")" || scalar == "）"
    }
}
