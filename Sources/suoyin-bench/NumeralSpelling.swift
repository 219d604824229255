/// The benchmark's own spellings of the few numbers it writes and seeks, so
/// that its brute force for numeral queries does not lean on the
/// conversion it checks (``TextAnalysis/NumeralForms``).
///
/// - 1…99 in the standard reading: 一, 十, 十二, 二十, 二十三; 2 alone is also
///   两, except in ordinals (第二) and dates (二月, 二日, 二号).
/// - A year digit by digit: 2023 → 二〇二三 and 二零二三.
///
/// A term typed in Arabic numerals finds every reading; one typed in Chinese
/// finds itself and the Arabic form (the "and the reverse"), so
/// 2个 finds 两个 but 二个 does not.
enum NumeralSpelling {
    private static let digits = Array("〇一二三四五六七八九")

    /// The Chinese readings of `number` (1–99).
    static func chinese(_ number: Int) -> [String] {
        let tens = number / 10
        let units = number % 10
        let tensPart = tens == 0 ? "" : (tens == 1 ? "" : String(digits[tens])) + "十"
        let reading = tensPart + (units == 0 ? "" : String(digits[units]))
        return number == 2 ? [reading, "两"] : [reading]
    }

    /// A four-digit year's digit-by-digit readings: with 〇, then with 零 when it has a 0.
    static func year(_ year: Int) -> [String] {
        let spelled = String(year).map { digits[Int(String($0))!] }
        let withZero = String(spelled)
        let withLing = String(spelled.map { $0 == "〇" ? "零" : $0 })
        return withZero == withLing ? [withZero] : [withZero, withLing]
    }

    /// Every form of `prefix` + `number` + `suffix` (1–99): Arabic, then Chinese.
    static func forms(_ prefix: String, _ number: Int, _ suffix: String) -> [String] {
        let ordinal = prefix.hasSuffix("第") || suffix.first.map { "月日号".contains($0) } == true
        let readings = chinese(number).filter { !(ordinal && $0 == "两") }
        return ["\(prefix)\(number)\(suffix)"] + readings.map { prefix + $0 + suffix }
    }

    /// Every form of `year` + 年: Arabic, then digit by digit.
    static func yearForms(_ year: Int) -> [String] {
        ["\(year)年"] + Self.year(year).map { $0 + "年" }
    }
}
