import Testing
@testable import TextAnalysis

/// ``ChineseNumeral``, one line per case: the readings of chosen values,
/// what parses, and what is rejected.
@Suite("ChineseNumeral")
struct ChineseNumeralTests {
    @Test("standard readings, canonical first", arguments: [
        (0, ["零"]),
        (1, ["一"]),
        (2, ["二", "两"]),  // 2 alone: 二, or 两 as a count (两个)
        (9, ["九"]),
        (10, ["十"]),  // a leading 十 has no 一
        (12, ["十二"]),
        (20, ["二十"]),  // 2 in the 十 place is always 二
        (22, ["二十二"]),
        (100, ["一百"]),
        (101, ["一百零一"]),
        (105, ["一百零五"]),
        (110, ["一百一十"]),  // inside a larger number 一十 is written
        (200, ["二百", "两百"]),  // a leading 2 before 百: 二 first
        (1000, ["一千"]),
        (1005, ["一千零五"]),  // a run of zeros is one 零
        (1050, ["一千零五十"]),
        (1200, ["一千二百", "一千两百"]),
        (2000, ["两千", "二千"]),  // a leading 2 before 千: 两 first
        (2023, ["两千零二十三", "二千零二十三"]),
        (10_000, ["一万"]),
        (10_001, ["一万零一"]),
        (10_010, ["一万零一十"]),
        (10_100, ["一万零一百"]),
        (12_000, ["一万二千", "一万两千"]),  // a 2 that does not lead: 二 first
        (20_300, ["两万零三百", "二万零三百"]),
        (22_200, [  // three choices, eight readings; the 万 place's choice flips fastest
            "两万二千二百", "二万二千二百", "两万两千二百", "二万两千二百",
            "两万二千两百", "二万二千两百", "两万两千两百", "二万两千两百",
        ]),
        (99_999, ["九万九千九百九十九"]),
    ] as [(Int, [String])])
    func readings(value: Int, expected: [String]) {
        #expect(ChineseNumeral.readings(of: value) == expected)
    }

    @Test("values outside 0…99 999 have no readings", arguments: [-1, 100_000, Int.max, Int.min])
    func outOfRange(value: Int) {
        #expect(ChineseNumeral.readings(of: value) == [])
    }

    @Test("readings and other spellings parse", arguments: [
        ("零", 0), ("〇", 0),  // 〇 reads as 零
        ("两", 2), ("十", 10), ("十二", 12), ("一百零五", 105), ("一百〇五", 105), ("一百一十", 110),
        ("两百", 200), ("两千", 2000), ("二千", 2000), ("一万两千", 12_000), ("一万零一十", 10_010),
        ("九万九千九百九十九", 99_999),
        ("一萬兩千", 12_000), ("兩千", 2000),  // traditional forms fold first
        ("二〇二三", 2023), ("二零二三", 2023), ("二〇二零", 2020),  // digit by digit, 〇 and 零 alike
        ("一九九八", 1998), ("一二", 12), ("九九九九九", 99_999),
    ] as [(String, Int)])
    func parses(text: String, value: Int) {
        #expect(ChineseNumeral.value(of: text) == value)
    }

    @Test("malformed numerals and words are rejected", arguments: [
        "", "十十", "一百百", "零零", "零一", "〇七", "〇〇七",  // repeats, leading zeros
        "一十二", "一十", "两十", "二十两", "两两",  // 一十 and 两 where they are not written
        "一百十", "一百五", "一万二", "一千零零五", "一百零零",  // colloquial or doubled zeros
        "百", "千", "万", "千万", "万一", "百姓", "一些",  // units alone, words
        "十万", "一二三四五六", "九十九万",  // out of range
        "二〇二三年", "2023", "1二", "壹", "十２",  // not only numeral characters
    ])
    func rejects(text: String) {
        #expect(ChineseNumeral.value(of: text) == nil)
    }

    @Test("a long run of numeral characters is rejected without reading it all")
    func longInput() {
        #expect(ChineseNumeral.value(of: String(repeating: "一", count: 1_000_000)) == nil)
    }

    @Test("digit by digit, with 〇 first and 零 second when there is a zero", arguments: [
        ("2023", ["二〇二三", "二零二三"]),
        ("1998", ["一九九八"]),
        ("２０２３", ["二〇二三", "二零二三"]),  // full-width digits
        ("007", ["〇〇七", "零零七"]),
        ("5", ["五"]),
        ("", []), ("20a3", []), ("-1", []), ("二〇", []),
    ] as [(String, [String])])
    func digitByDigit(digits: String, expected: [String]) {
        #expect(ChineseNumeral.digitByDigit(digits) == expected)
    }
}
