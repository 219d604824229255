/// The characters that numerals are written with, as folded code points
/// (``CharacterFolding`` has already turned 萬 into 万, 兩 into 两 and ２ into 2).
///
/// The financial forms (壹贰叁…拾佰仟) are not numeral characters here: they
/// are written on cheques and invoices so that amounts cannot be altered, and
/// readers do not search for them as numbers.
enum NumeralCharacter {
    /// 零, the zero of standard readings; ``ideographicZero`` reads the same.
    static let zero: Unicode.Scalar = "零"
    /// 〇, the zero of digit-by-digit readings (二〇二三), read as 零 everywhere.
    static let ideographicZero: Unicode.Scalar = "〇"
    /// 两, the alternative form of 二 before 百, 千 and 万 (两千, 一千两百).
    static let liang: Unicode.Scalar = "两"
    /// 第, the ordinal prefix (第一条, 第12条).
    static let ordinal: Unicode.Scalar = "第"
    /// 年: a four-digit number before it is a year, read digit by digit.
    static let year: Unicode.Scalar = "年"

    /// 零 (or 〇), 一 … 九, indexed by their value.
    static let digits: [Unicode.Scalar] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    /// 十, 百, 千, 万: the units of the places 10¹ … 10⁴, indexed by the exponent minus one.
    static let units: [Unicode.Scalar] = ["十", "百", "千", "万"]

    /// The value of digit character `scalar` (〇 and 零 are 0, 两 is 2), or nil.
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case ideographicZero, zero: return 0
        case liang: return 2
        default: return digits.firstIndex(of: scalar)
        }
    }

    /// The place value (10, 100, 1000, 10 000) of unit character `scalar`, or nil.
    static func unitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "十": return 10
        case "百": return 100
        case "千": return 1000
        case "万": return 10_000
        default: return nil
        }
    }

    /// `scalar` folded as documents and queries are (``CharacterFolding``).
    static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        Unicode.Scalar(CharacterFolding.fold(scalar.value)) ?? scalar
    }

    /// Whether `scalar` can be part of a Chinese numeral (a digit or a unit).
    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        digitValue(scalar) != nil || unitValue(scalar) != nil
    }

    /// The characters that, right after a lone numeral character, show it is
    /// a count, an ordinal or a date (三件, 一年, 七月, 五条) rather than part
    /// of a word (一些, 一般, 十分). Units of time, of counting and of
    /// legal texts, currencies, and 亿 (一亿). Left out on purpose, because
    /// they mostly make words: 分 (十分), 点 (一点), 成 (一成不变), 等 (一等),
    /// 度 (一度), 时 (一时), 样 (一样), 切 (一切), 定 (一定).
    /// The measures of a date, after which a number is a day or month, not a count (二月 is February, 两月 two months).
    static let calendar: Set<Unicode.Scalar> = ["月", "日", "号"]

    static let measures: Set<Unicode.Scalar> = [
        "年", "月", "日", "号", "天", "周", "岁", "季", "秒",
        "条", "款", "项", "章", "节", "编", "部", "篇", "卷", "册", "页", "段", "行", "届", "期",
        "件", "个", "次", "名", "位", "人", "家", "户", "种", "类", "级", "批", "份", "台", "辆", "层", "楼", "倍",
        "元", "角", "亿", "%",
    ]
}
