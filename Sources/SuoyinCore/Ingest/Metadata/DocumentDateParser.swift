import TextAnalysis

/// Reads the dates Chinese documents print into ``DocumentDate``s.
///
/// The accepted forms, with ASCII or full-width digits:
/// - `2024-02-29`, `2024/2/29`, `2024.02.29`: the same separator twice;
/// - `2024年2月29日`, with spaces allowed around the numbers;
/// - Chinese numerals, as closing dates are often written: `二〇二一年十二月十七日`,
///   the year digit by digit (`〇`, `零` or `○` for zero), month and day as
///   numbers (`十二`, `十七`, `三十一`).
///
/// A date must exist (`2023-02-30` is no date), and a number may not run on
/// past it (`2024-02-291` is no date). Compact `20240229` is not read: eight
/// digits are as often a document number as a date.
enum DocumentDateParser {
    /// The most scalars a date takes, with a few spaces (`二〇二一年十二月三十一日` is 12).
    static let maximumLength = 24

    /// The date `text` begins with, if any; what follows it (a time, another
    /// label) is ignored.
    ///
    /// For example, `2024-02-29 11:31 信息来源:市司法局` gives 2024-02-29.
    static func date(atStartOf text: Substring) -> DocumentDate? {
        var reader = Reader(Array(text.unicodeScalars.prefix(maximumLength + 1)))
        return reader.date()
    }

    /// The date `line` consists of once trimmed, such as a closing date line,
    /// or `nil` if the line holds anything else.
    static func date(wholeLine line: Substring) -> DocumentDate? {
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !ScalarTraits.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !ScalarTraits.isWhitespace($0) })
        else { return nil }
        let trimmed = scalars[first...last]
        // Cheap refusal of body lines before copying anything.
        guard trimmed.prefix(maximumLength + 1).count <= maximumLength else { return nil }
        var reader = Reader(Array(trimmed))
        guard let date = reader.date(), reader.isAtEnd else { return nil }
        return date
    }

    /// A cursor over the few scalars a date may take.
    private struct Reader {
        let scalars: [Unicode.Scalar]
        var position = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var isAtEnd: Bool { position == scalars.count }
        var current: Unicode.Scalar? { isAtEnd ? nil : scalars[position] }

        mutating func date() -> DocumentDate? {
            if let year = arabicNumber(maximumDigits: 4), year.digits == 4 {
                let afterYear = position
                if take("年") { return restOfHanForm(year: year.value) }
                position = afterYear
                return restOfSeparatedForm(year: year.value)
            }
            guard let year = hanYear(), take("年") else { return nil }
            return restOfHanForm(year: year)
        }

        /// `-MM-DD`, `/M/D` or `.MM.DD` after the year.
        private mutating func restOfSeparatedForm(year: Int) -> DocumentDate? {
            guard let separator = current.map(WidthFolding.fold), "-/.".unicodeScalars.contains(separator) else { return nil }
            position += 1
            guard let month = arabicNumber(maximumDigits: 2), let next = current,
                  WidthFolding.fold(next) == separator
            else { return nil }
            position += 1
            guard let day = arabicNumber(maximumDigits: 2) else { return nil }
            return DocumentDate(year: year, month: month.value, day: day.value)
        }

        /// `M月D日` after `年`, in Arabic or Chinese numerals.
        private mutating func restOfHanForm(year: Int) -> DocumentDate? {
            guard let month = arabicNumber(maximumDigits: 2)?.value ?? hanNumber(), take("月"),
                  let day = arabicNumber(maximumDigits: 2)?.value ?? hanNumber(), take("日")
            else { return nil }
            return DocumentDate(year: year, month: month, day: day)
        }

        /// Skips spaces, then reads 1…`maximumDigits` digits; a longer run of
        /// digits is no number, so `2024-02-291` fails.
        private mutating func arabicNumber(maximumDigits: Int) -> (value: Int, digits: Int)? {
            skipSpaces()
            var value = 0, digits = 0
            while let scalar = current, let digit = Self.digitValue(scalar) {
                guard digits < maximumDigits else { return nil }
                value = value * 10 + digit
                digits += 1
                position += 1
            }
            return digits == 0 ? nil : (value, digits)
        }

        /// Four Chinese digits, read digit by digit: `二〇二一`.
        private mutating func hanYear() -> Int? {
            skipSpaces()
            var value = 0
            for _ in 0..<4 {
                guard let scalar = current, let digit = Self.hanDigitValue(scalar) else { return nil }
                value = value * 10 + digit
                position += 1
            }
            return value
        }

        /// A Chinese number from 1 to 99: `七`, `十`, `十二`, `二十`, `三十一`.
        private mutating func hanNumber() -> Int? {
            skipSpaces()
            var tens: Int? = nil, units: Int? = nil
            while let scalar = current {
                if scalar == "十", tens == nil {
                    tens = units ?? 1
                    units = nil
                } else if let digit = Self.hanDigitValue(scalar), digit > 0, units == nil {
                    units = digit
                } else {
                    break
                }
                position += 1
            }
            guard tens != nil || units != nil else { return nil }
            return (tens ?? 0) * 10 + (units ?? 0)
        }

        /// Skips spaces, then consumes `unit` if it comes next.
        private mutating func take(_ unit: Unicode.Scalar) -> Bool {
            skipSpaces()
            guard current == unit else { return false }
            position += 1
            return true
        }

        private mutating func skipSpaces() {
            while let scalar = current, ScalarTraits.isWhitespace(scalar) { position += 1 }
        }

        /// The value of an ASCII or full-width digit.
        private static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
            guard ScalarTraits.isDigit(scalar) else { return nil }
            return Int(WidthFolding.fold(scalar).value - ("0" as Unicode.Scalar).value)
        }

        /// The value of a Chinese digit; zero has several spellings in dates.
        private static func hanDigitValue(_ scalar: Unicode.Scalar) -> Int? {
            switch scalar {
            case "〇", "零", "○", "Ｏ", "O": return 0
            case "一": return 1
            case "二": return 2
            case "三": return 3
            case "四": return 4
            case "五": return 5
            case "六": return 6
            case "七": return 7
            case "八": return 8
            case "九": return 9
            default: return nil
            }
        }
    }
}
