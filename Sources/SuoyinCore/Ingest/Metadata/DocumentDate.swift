/// A day of the Gregorian calendar that really exists, as a document's date.
///
/// Dates are checked on the way in, so `2024-02-29` is a date and `2023-02-30`
/// or `2023-13-01` are not. Years outside ``plausibleYears`` are refused too:
/// in a government document a "year" of 0024 or 3021 is a typo or a number
/// that is no year, and a wrong date is worse than none.
///
/// For example, `DocumentDate(year: 2021, month: 12, day: 17)?.description`
/// is `"2021-12-17"`.
struct DocumentDate: Equatable, Sendable, CustomStringConvertible {
    /// The years a document date may fall in.
    static let plausibleYears = 1900...2100

    let year: Int
    let month: Int
    let day: Int

    /// The date, or `nil` if no such day exists (or the year is implausible).
    init?(year: Int, month: Int, day: Int) {
        guard Self.plausibleYears.contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601 calendar date, `YYYY-MM-DD`.
    var description: String {
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }

    /// The number of days in `month` (1–12) of `year`.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Gregorian leap years: every fourth year, except centuries not divisible by 400.
    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }
}
