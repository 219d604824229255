/// Decodes one HTML character reference (`&amp;`, `&#27861;`, `&#x6CD5;`).
///
/// Policies:
/// - A numeric reference may omit its `;`. Zero, surrogates and values past
///   U+10FFFF become U+FFFD; 0x80–0x9F are read as Windows-1252, as browsers
///   do (`&#150;` is `–`). However many digits, nothing overflows.
/// - A named reference (see ``HTMLEntityTable``) needs its `;`, except the
///   106 legacy names HTML5 accepts without one (``HTMLEntityTable/legacyNames``:
///   `amp`, `lt`, `gt`, `quot`, `nbsp`, `copy`, `reg` and the Latin-1 names),
///   which are read as browsers read them in text: the longest legacy name
///   the letters start with, whatever follows (`&nbsp2021年` is U+00A0 then
///   `2021年`, `&copy2023` is `©2023`, `&notit;` is `¬it;`).
/// - Anything else is not a reference: the `&` stays as written.
enum HTMLCharacterReference {
    /// The scalar the reference at `index` stands for and the number of
    /// scalars it spans, or `nil` if `input[index]` does not start one.
    /// Looks no further than `end`.
    static func decode(_ input: [Unicode.Scalar], at index: Int, end: Int) -> (Unicode.Scalar, length: Int)? {
        guard index + 1 < end, input[index] == "&" else { return nil }
        if input[index + 1] == "#" { return decodeNumeric(input, at: index, end: end) }
        var nameEnd = index + 1
        var name = String.UnicodeScalarView()
        while nameEnd < end, nameEnd - index <= HTMLEntityTable.longestName, isAlphanumeric(input[nameEnd]) {
            name.append(input[nameEnd])
            nameEnd += 1
        }
        if nameEnd < end, input[nameEnd] == ";", let scalar = HTMLEntityTable.codePoints[String(name)] {
            return (scalar, nameEnd + 1 - index)
        }
        var prefix = name
        while prefix.count >= 2 {
            let candidate = String(prefix)
            if HTMLEntityTable.legacyNames.contains(candidate), let scalar = HTMLEntityTable.codePoints[candidate] {
                return (scalar, prefix.count + 1)
            }
            prefix.removeLast()
        }
        return nil
    }

    private static func decodeNumeric(_ input: [Unicode.Scalar], at index: Int, end: Int) -> (Unicode.Scalar, length: Int)? {
        var cursor = index + 2
        let hexadecimal = cursor < end && (input[cursor] == "x" || input[cursor] == "X")
        if hexadecimal { cursor += 1 }
        let radix: UInt32 = hexadecimal ? 16 : 10
        let digitsStart = cursor
        var value: UInt32 = 0
        while cursor < end, let digit = digitValue(input[cursor], radix: radix) {
            // Saturate past the largest code point so a long run cannot overflow.
            value = min(value * radix + digit, 0x110000)
            cursor += 1
        }
        guard cursor > digitsStart else { return nil }
        if cursor < end, input[cursor] == ";" { cursor += 1 }
        return (scalar(forCodePoint: value), cursor - index)
    }

    /// The scalar a numeric reference to `value` gives.
    static func scalar(forCodePoint value: UInt32) -> Unicode.Scalar {
        if (0x80...0x9F).contains(value), let mapped = windows1252[Int(value - 0x80)] { return mapped }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return scalar
    }

    /// Windows-1252's characters for 0x80–0x9F; `nil` where it has none (the value stands).
    private static let windows1252: [Unicode.Scalar?] = [
        "€", nil, "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", nil, "Ž", nil,
        nil, "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", nil, "ž", "Ÿ",
    ]

    private static func digitValue(_ scalar: Unicode.Scalar, radix: UInt32) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 48
        case "a"..."f" where radix == 16: return scalar.value - 87
        case "A"..."F" where radix == 16: return scalar.value - 55
        default: return nil
        }
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
