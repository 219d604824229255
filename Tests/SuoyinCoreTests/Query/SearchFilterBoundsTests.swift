import Testing
@testable import SuoyinCore

@Suite("SearchFilter date bounds")
struct SearchFilterBoundsTests {
    @Test("a year, month or day becomes the first or last day of its span", arguments: [
        ("2022", false, "2022-01-01"), ("2022", true, "2022-12-31"),
        ("2024-02", false, "2024-02-01"), ("2024-02", true, "2024-02-29"),  // leap year
        ("2023-02", true, "2023-02-28"), ("2023-06", true, "2023-06-30"),
        ("2021-12-17", false, "2021-12-17"), ("2021-12-17", true, "2021-12-17"),
    ])
    func bounds(value: String, isEnd: Bool, bound: String) throws {
        #expect(try SearchFilter.bound(value, option: "--since", isEnd: isEnd) == bound)
    }

    @Test("days that do not exist and malformed dates are refused", arguments: [
        "2021-02-30", "2023-02-29", "2022-04-31", "2022-13", "2022-00", "2022-01-00", "22", "2022/01", "2022-1-5", "",
    ])
    func invalid(value: String) {
        #expect(throws: SuoyinError.invalidDate(option: "--until", value: value)) {
            try SearchFilter.bound(value, option: "--until", isEnd: true)
        }
    }

    @Test("--since later than --until is an error that says so; the same day is fine")
    func emptyRange() throws {
        #expect(throws: SuoyinError.emptyDateRange(since: "2023-03", until: "2023-02")) {
            try SearchFilter(pathPatterns: [], since: "2023-03", until: "2023-02")
        }
        let sameDay = try SearchFilter(pathPatterns: [], since: "2023-02-08", until: "2023-02-08")
        #expect(sameDay.since == "2023-02-08" && sameDay.until == "2023-02-08")
    }
}
