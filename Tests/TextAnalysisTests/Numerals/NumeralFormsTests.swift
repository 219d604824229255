import TestSupport
import Testing
@testable import TextAnalysis

/// ``NumeralForms/alternatives(of:)``, one line per term: what a query term
/// also matches, and the words that must not turn into numbers.
@Suite("NumeralForms")
struct NumeralFormsTests {
    /// Terms with a number and their alternatives, exactly and in order.
    static let conversions: [(String, [String])] = [
        ("第12条", ["第十二条"]),
        ("第十二条", ["第12条"]),
        ("第1条", ["第一条"]), ("第一条", ["第1条"]), ("第一", ["第1"]),  // after 第 a lone 一 is a number
        ("2023年", ["二〇二三年", "二零二三年"]),  // a year: digit by digit only, 〇 first
        ("二〇二三年", ["2023年"]), ("二零二三年", ["2023年"]), ("一九九八年", ["1998年"]),
        ("二〇二三", ["2023"]),  // four digits spelled out read as a year anywhere
        ("2023年报告", ["二〇二三年报告", "二零二三年报告"]),
        ("1000年", ["一〇〇〇年", "一零零零年"]),  // 1000…2999 before 年 is taken as a year
        ("5000年", ["五千年"]),  // 5000 is not a year
        ("12月", ["十二月"]), ("十二月", ["12月"]), ("七月", ["7月"]),
        ("3件", ["三件"]), ("三件", ["3件"]), ("三个代表", ["3个代表"]),
        ("2000", ["两千", "二千", "二〇〇〇", "二零零零"]),  // alone: an amount or a year
        ("5", ["五"]), ("0", ["零"]), ("零", ["0"]), ("〇", ["0"]),
        ("2", ["二", "两"]), ("两", ["2"]), ("2个", ["二个", "两个"]), ("两个", ["2个"]),
        ("第2条", ["第二条"]),  // ordinals never say 第两
        ("2月", ["二月"]), ("2日", ["二日"]), ("2号", ["二号"]),  // nor dates: 两月 is two months
        ("2年", ["二年", "两年"]),
        ("第2000名", ["第两千名", "第二千名"]),
        ("105", ["一百零五"]), ("一百零五", ["105"]), ("一百〇五", ["105"]),
        ("12000", ["一万二千", "一万两千"]), ("一万两千", ["12000"]),
        ("3万", ["三万"]),  // 万 after digits is Han, so the digits are read
        ("一萬二千", ["12000"]), ("第十二條", ["第12條"]),  // traditional forms read; the rest stays as typed
        ("第１２条", ["第十二条"]),  // full-width digits
        ("十二生肖", ["12生肖"]),  // a run of several characters that reads as a number converts anywhere
        ("2023年12月", [  // every run replaced first, then the mixed forms
            "二〇二三年十二月", "二零二三年十二月", "2023年十二月", "二〇二三年12月", "二零二三年12月",
        ]),
    ]

    @Test("numbers in a term get their other forms", arguments: conversions)
    func converts(term: String, expected: [String]) {
        #expect(NumeralForms.alternatives(of: term) == expected)
    }

    /// Terms not spelled as the forms are (〇 comes back as 零, 萬 as 万, ２ as 2,
    /// 3万 as 30000), and the term with two numbers, whose mixed forms do not all lead back.
    static let notWrittenAsForms: Set<String> = ["〇", "一百〇五", "一萬二千", "第１２条", "3万", "2023年12月"]

    @Test("a term with one number comes back from each of its forms",
          arguments: conversions.filter { !notWrittenAsForms.contains($0.0) })
    func wayBack(term: String, expected: [String]) {
        for alternative in expected {
            #expect(NumeralForms.alternatives(of: alternative).contains(term), "\(alternative)")
        }
    }

    @Test("words with numeral characters, codes and terms without numbers have no alternatives", arguments: [
        "", "法治", "依法行政", "abc",
        "一些", "统一", "万一", "一般", "十分", "千万", "百姓", "一样", "一切", "一定", "一时",  // words
        "零件", "零售",  // a lone 零 is a number only on its own
        "一一对应", "九九", "三五成群", "十一五", "一二",  // digit by digit but not a year, or no reading
        "两岸", "两会",  // a lone 两 before a non-measure
        "v2", "3.5", "2023-01", "iPhone15", "GB/T15835", "A4纸",  // digits next to Latin or punctuation
        "007", "0012",  // leading zeros: codes
        "123456", "100000年",  // out of range
    ])
    func noAlternatives(term: String) {
        #expect(NumeralForms.alternatives(of: term) == [])
    }

    @Test("many numbers in one term give at most eight forms, every number replaced first")
    func bounded() {
        let term = "1年2月3日4号5条6款7项8章9节"
        let alternatives = NumeralForms.alternatives(of: term)
        #expect(alternatives.count == NumeralForms.maximumAlternatives)
        #expect(alternatives.prefix(2) == ["一年二月三日四号五条六款七项八章九节", "1年2月3日4号5条6款7项8章九节"])
    }

    @Test("random terms: never the term itself, no repeats, at most eight, the same every time")
    func invariants() {
        let alphabet = Array("0123456789０１零〇一二两三四五六七八九十百千万第年月件个些统法aZ.-")
        var random = SplitMix64(seed: 12)
        var failures: [String] = []
        var withAlternatives = 0
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...12, using: &random)
            let term = String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
            let alternatives = NumeralForms.alternatives(of: term)
            if alternatives.contains(term) || Set(alternatives).count != alternatives.count
                || alternatives.count > NumeralForms.maximumAlternatives
                || NumeralForms.alternatives(of: term) != alternatives {
                failures.append(term)
            }
            if !alternatives.isEmpty { withAlternatives += 1 }
        }
        #expect(failures == [])
        #expect(withAlternatives > 500)
    }

    @Test("a long term with thousands of numbers still gives eight forms")
    func longTerm() {
        let term = String(repeating: "第12条一些", count: 2_000)
        let alternatives = NumeralForms.alternatives(of: term)
        #expect(alternatives.count == NumeralForms.maximumAlternatives)
        #expect(alternatives.first == String(repeating: "第十二条一些", count: 2_000))
        // Then the mixed forms, the last number replaced first.
        #expect(alternatives[1] == String(repeating: "第12条一些", count: 1_999) + "第十二条一些")
    }
}
