/// Integers 0…99 999 as Chinese numerals, both ways.
///
/// The standard readings are those of official documents (GB/T 15835):
/// - Places are written with their unit, highest first: 九万九千九百九十九.
/// - A run of zeros inside the number is one 零, trailing zeros are silent:
///   一千零五 (1005), 一万零一十 (10 010), 一百 (100).
/// - 10…19 start with a bare 十 (十, 十二); inside a larger number the 一 is
///   written: 一百一十 (110), 一万零一十 (10 010).
/// - A 2 in the 百, 千 or 万 place, and the number 2 on its own, may be read
///   二 or 两; each such 2 doubles the readings (22 200 has eight). The first,
///   canonical, reading uses 两 for a leading 2 in the 千 or 万 place (两千,
///   两万三千) and 二 everywhere else (二百, 一万二千, 二).
/// - 2 in the 十 and units places is always 二 (二十二); 十 is never 一十 alone.
///
/// Digit-by-digit readings (二〇二三, 二零二三) spell each digit, for years.
/// 〇 reads as 零 wherever 零 may stand.
///
/// For example:
/// ```swift
/// ChineseNumeral.readings(of: 2000)    // ["两千", "二千"]
/// ChineseNumeral.value(of: "一百零五")  // 105
/// ChineseNumeral.value(of: "二〇二三")  // 2023
/// ChineseNumeral.digitByDigit("2023")  // ["二〇二三", "二零二三"]
/// ```
public enum ChineseNumeral {
    /// The values that have standard readings.
    public static let range: ClosedRange<Int> = 0...99_999

    /// The standard readings of `value`, canonical first; [] outside ``range``.
    public static func readings(of value: Int) -> [String] {
        guard range.contains(value) else { return [] }
        let template = ReadingTemplate(value)
        var readings: [String] = []
        readings.reserveCapacity(1 << template.choices)
        for flips in 0..<(1 << template.choices) {
            readings.append(template.reading(flipping: flips))
        }
        return readings
    }

    /// The value of `chinese`, a standard reading or a digit-by-digit one
    /// (two to five digits, no leading zero); nil for anything else.
    ///
    /// Traditional forms (萬, 兩) read as their simplified ones. Malformed
    /// numerals are rejected, not repaired: 十十, 一百百, 零零, 一十二, 百 and 两十 are nil.
    public static func value(of chinese: some StringProtocol) -> Int? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(9)
        for scalar in chinese.unicodeScalars {
            // The longest standard reading has nine characters: stop reading long text early.
            guard scalars.count < 9 else { return nil }
            scalars.append(NumeralCharacter.folded(scalar))
        }
        return value(ofFolded: scalars)
    }

    /// Digit-by-digit readings of the Arabic digits `digits` (ASCII or
    /// full-width, any count): first with 〇, then with 零 when there is a 0;
    /// [] when `digits` is empty or holds anything but digits.
    ///
    /// For example, `"2023"` gives `["二〇二三", "二零二三"]`, `"1998"` gives `["一九九八"]`.
    public static func digitByDigit(_ digits: some StringProtocol) -> [String] {
        var values: [Int] = []
        for scalar in digits.unicodeScalars {
            let folded = WidthFolding.fold(scalar.value)
            guard folded &- 0x30 < 10 else { return [] }
            values.append(Int(folded - 0x30))
        }
        return digitByDigit(values)
    }

    /// Digit-by-digit readings of `values` (each 0…9), as the public `digitByDigit(_:)` gives them.
    static func digitByDigit(_ values: [Int]) -> [String] {
        guard !values.isEmpty else { return [] }
        let zeros = values.contains(0) ? [NumeralCharacter.ideographicZero, NumeralCharacter.zero] : [NumeralCharacter.zero]
        return zeros.map { zero in
            var scalars = String.UnicodeScalarView()
            for value in values { scalars.append(value == 0 ? zero : NumeralCharacter.digits[value]) }
            return String(scalars)
        }
    }

    /// The value of folded `scalars`, as ``value(of:)``.
    static func value(ofFolded scalars: some Collection<Unicode.Scalar>) -> Int? {
        guard (1...9).contains(scalars.count) else { return nil }
        if scalars.count > 1, let value = digitByDigitValue(scalars) { return value }
        // A lenient reading finds the only candidate; the candidate's own
        // template then decides whether the text is well formed, so exactly
        // what `readings(of:)` writes is accepted.
        guard let candidate = lenientValue(scalars), range.contains(candidate),
              ReadingTemplate(candidate).matches(scalars)
        else { return nil }
        return candidate
    }

    /// The value of two to five digit characters without a leading zero (两 is not a digit here).
    private static func digitByDigitValue(_ scalars: some Collection<Unicode.Scalar>) -> Int? {
        guard scalars.count <= 5, scalars.first.flatMap(NumeralCharacter.digitValue) != 0 else { return nil }
        var value = 0
        for scalar in scalars {
            guard scalar != NumeralCharacter.liang, let digit = NumeralCharacter.digitValue(scalar) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// Sums digit × unit, trusting the text's order; nil on a non-numeral character.
    private static func lenientValue(_ scalars: some Collection<Unicode.Scalar>) -> Int? {
        var total = 0
        var section = 0
        var pending: Int?
        for scalar in scalars {
            if let digit = NumeralCharacter.digitValue(scalar) {
                pending = digit
            } else if let unit = NumeralCharacter.unitValue(scalar) {
                if unit == 10_000 {
                    total = (section + (pending ?? 0)) * unit
                    section = 0
                } else {
                    section += (pending ?? 1) * unit
                }
                pending = nil
            } else {
                return nil
            }
        }
        return total + section + (pending ?? 0)
    }
}
