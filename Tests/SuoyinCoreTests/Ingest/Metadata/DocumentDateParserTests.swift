import Testing
@testable import SuoyinCore

@Suite("DocumentDateParser")
struct DocumentDateParserTests {
    @Test("dates in the forms documents print them", arguments: [
        ("2024-02-29", "2024-02-29"),
        ("2024/2/29", "2024-02-29"),
        ("2024.02.29", "2024-02-29"),
        ("2024年2月29日", "2024-02-29"),
        ("2024年02月29日 11:31", "2024-02-29"),           // a time may follow
        ("2024-02-29 11:31 信息来源:市司法局", "2024-02-29"), // and anything else
        ("  2024-02-29", "2024-02-29"),                   // spaces before
        ("２０２４－０２－２９", "2024-02-29"),             // full-width digits and separators
        ("２０２４年２月２９日", "2024-02-29"),
        ("2021 年 12 月 17 日", "2021-12-17"),             // spaces around the numbers
        ("二〇二一年十二月十七日", "2021-12-17"),            // Chinese numerals
        ("二〇二三年一月三十一日", "2023-01-31"),
        ("二○二二年二月二十日", "2022-02-20"),               // ○ (U+25CB) for zero
        ("二零二零年十月一日", "2020-10-01"),                // 零 for zero
        ("2021年十二月17日", "2021-12-17"),                 // mixed
        ("2000-02-29", "2000-02-29"),                      // a century divisible by 400 is leap
    ])
    func dates(text: String, iso: String) {
        #expect(DocumentDateParser.date(atStartOf: text[...])?.description == iso)
    }

    @Test("no date: impossible days, run-on numbers, other text", arguments: [
        "2023-02-30",          // no such day
        "2023-02-29",          // 2023 is no leap year
        "1900-02-29",          // nor is 1900
        "2023-04-31",
        "2023-13-01",
        "2023-00-10",
        "2023年2月30日",
        "二〇二三年二月三十日",
        "二〇二一年十三月一日",
        "2024-02-291",         // the day runs on
        "20240-02-29",         // the year runs on
        "2024-02/29",          // two different separators
        "20240229",            // compact: as often a document number
        "24-02-29",            // two-digit year
        "1899-12-31",          // implausible years
        "2101-01-01",
        "2024年2月29",          // no 日
        "2024-02-",
        "发布日期",
        "",
    ])
    func notDates(text: String) {
        #expect(DocumentDateParser.date(atStartOf: text[...]) == nil)
    }

    @Test("a closing date line is a date and nothing else", arguments: [
        ("2021年12月17日", "2021-12-17"),
        ("  2023年1月31日\u{3000}", "2023-01-31"),
        ("二〇二一年十二月十七日", "2021-12-17"),
        ("2021-12-17", "2021-12-17"),
    ])
    func wholeLines(line: String, iso: String) {
        #expect(DocumentDateParser.date(wholeLine: line[...])?.description == iso)
    }

    @Test("a line with more than a date is no closing date", arguments: [
        "2021年12月17日印发",
        "截至2021年12月17日",
        "2021年12月",
        "2021年是“十四五”规划的起步之年",
        "巴音郭楞蒙古自治州人民政府",
        "",
    ])
    func notWholeLines(line: String) {
        #expect(DocumentDateParser.date(wholeLine: line[...]) == nil)
    }

    @Test("dates exist and print as ISO 8601")
    func calendar() {
        #expect(DocumentDate(year: 2021, month: 1, day: 5)?.description == "2021-01-05")
        #expect(DocumentDate(year: 2024, month: 2, day: 29) != nil)
        #expect(DocumentDate(year: 2100, month: 2, day: 29) == nil)
        #expect(DocumentDate(year: 2023, month: 12, day: 31) != nil)
        #expect(DocumentDate(year: 2023, month: 12, day: 32) == nil)
        #expect(DocumentDate(year: 2023, month: 6, day: 0) == nil)
    }
}
