/// A numbered heading recognised at the start of a line.
///
/// `rank` orders heading styles from outermost to innermost; a heading
/// closes every open heading of equal or greater rank:
///
/// | rank | style |
/// |------|-------|
/// | 1–6  | Markdown `#` … `######` |
/// | 7, 8, 9 | `第一章`, `第一节`, `第一条` |
/// | 10   | `一、` |
/// | 11   | `（一）` or `(一)` |
/// | 12   | `1.`, `1、` or `1．` |
/// | 13   | `（1）` or `(1)` |
///
/// For example, `（一）及时组织传达学习。党的二十大……` is
/// `Heading(rank: 11, text: "（一）及时组织传达学习")`.
public struct Heading: Equatable, Sendable {
    /// Where the style nests: smaller is outer. See the table above.
    public var rank: Int
    /// The heading as shown in a section path: its label and first clause.
    public var text: String

    /// Creates a heading of the given rank.
    public init(rank: Int, text: String) {
        self.rank = rank
        self.text = text
    }

    // Ranks of the numbered styles; Markdown levels 1–6 are their own ranks.
    static let chapterRank = 7
    static let sectionRank = 8
    static let articleRank = 9
    static let chineseNumeralRank = 10
    static let parenthesizedChineseNumeralRank = 11
    static let arabicNumeralRank = 12
    static let parenthesizedArabicNumeralRank = 13

    /// Whether this is a Markdown heading (`#` to `######`).
    var isMarkdown: Bool { rank < Self.chapterRank }
}
