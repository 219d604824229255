/// A maximal run of Arabic digits or of Chinese numeral characters in a
/// query term, and the forms it may be replaced by.
///
/// The rules, one per kind of run:
/// - Arabic digits (ASCII or full-width) are read when the run is 0…99 999
///   without a leading zero ("007" is a code and stays as it is) and each
///   neighbour is a Han character or the end of the term: digits next to
///   Latin letters or punctuation are versions, decimals, dates or codes
///   (v2, 3.5, 2023-01), not numbers read aloud. The forms are the standard
///   readings; after 第 and before 月, 日, 号 the lone 两 is left out
///   (ordinals and dates say 第二, 二月).
/// - Four digits 1000…2999 before 年 are a year: digit by digit only
///   (2023年 → 二〇二三年, 二零二三年), never 两千零二十三年. The same four
///   digits as the whole term get the standard readings, then digit by digit.
/// - Chinese numeral characters are replaced by Arabic digits when the run
///   is a standard reading, or four digits spelled one by one that read
///   1000…2999 (a year: 二〇二三, 一九九八年). Other digit-by-digit runs stay
///   (一一对应, 九九, 三五成群).
/// - A lone numeral character is a number only when it is the whole term, or
///   follows 第 (第一条), or comes before a measure
///   (``NumeralCharacter/measures``: 三件, 七月, 一年); so 一些, 统一, 一般, 十分
///   stay words. A lone 零 is a number only as the whole term (零件, 零售).
///   百, 千, 万 and 千万, 万一 are not readings at all.
struct NumeralRun {
    /// Where the run is, in the term's scalars.
    let range: Range<Int>
    /// What the run may be replaced by, in order; never empty.
    let replacements: [String]

    /// The runs of folded term `scalars` that have replacements, in order.
    static func runs(in scalars: [Unicode.Scalar]) -> [NumeralRun] {
        var runs: [NumeralRun] = []
        var start = 0
        while start < scalars.count {
            let kind = Kind(scalars[start])
            var end = start + 1
            while end < scalars.count, Kind(scalars[end]) == kind { end += 1 }
            if kind != .other {
                let context = Context(scalars: scalars, range: start..<end)
                let replacements = kind == .arabic ? arabicReplacements(context) : hanReplacements(context)
                if !replacements.isEmpty { runs.append(NumeralRun(range: start..<end, replacements: replacements)) }
            }
            start = end
        }
        return runs
    }

    private enum Kind {
        case arabic, han, other

        init(_ scalar: Unicode.Scalar) {
            if scalar.value &- 0x30 < 10 {
                self = .arabic
            } else {
                self = NumeralCharacter.isNumeral(scalar) ? .han : .other
            }
        }
    }

    /// A run and its neighbours.
    private struct Context {
        let run: ArraySlice<Unicode.Scalar>
        let previous: Unicode.Scalar?
        let next: Unicode.Scalar?

        init(scalars: [Unicode.Scalar], range: Range<Int>) {
            run = scalars[range]
            previous = range.lowerBound > 0 ? scalars[range.lowerBound - 1] : nil
            next = range.upperBound < scalars.count ? scalars[range.upperBound] : nil
        }

        var isWholeTerm: Bool { previous == nil && next == nil }
        var isYearShaped: Bool { run.count == 4 }
    }

    private static func arabicReplacements(_ context: Context) -> [String] {
        let isHanOrEnd = { (scalar: Unicode.Scalar?) in scalar.map { CharacterClass($0.value) == .cjk } ?? true }
        guard isHanOrEnd(context.previous), isHanOrEnd(context.next), context.run.count <= 5,
              context.run.count == 1 || context.run.first != "0"
        else { return [] }
        let digits = context.run.map { Int($0.value - 0x30) }
        let value = digits.reduce(0) { $0 * 10 + $1 }
        let isYear = context.isYearShaped && (1000...2999).contains(value)
        if isYear, context.next == NumeralCharacter.year { return ChineseNumeral.digitByDigit(digits) }
        var forms = ChineseNumeral.readings(of: value)
        // A lone 两 counts (两个, 两年); ordinals and dates never say it: 第二, 二月 (February), 二日, 二号.
        if context.previous == NumeralCharacter.ordinal || context.next.map(NumeralCharacter.calendar.contains) == true {
            forms.removeAll { $0 == String(NumeralCharacter.liang) }
        }
        if isYear, context.isWholeTerm { forms += ChineseNumeral.digitByDigit(digits) }
        return forms
    }

    private static func hanReplacements(_ context: Context) -> [String] {
        guard let value = ChineseNumeral.value(ofFolded: context.run) else { return [] }
        let isDigitByDigit = context.run.count > 1 && !context.run.contains { NumeralCharacter.unitValue($0) != nil }
        if isDigitByDigit {
            guard context.isYearShaped, (1000...2999).contains(value) else { return [] }
        } else if context.run.count == 1 {
            let standsAsNumber = context.isWholeTerm || (
                context.run.first != NumeralCharacter.zero && context.run.first != NumeralCharacter.ideographicZero
                    && (context.previous == NumeralCharacter.ordinal
                        || context.next.map(NumeralCharacter.measures.contains) == true))
            guard standsAsNumber else { return [] }
        }
        return [String(value)]
    }
}
