import Foundation

/// A three-page report laid out as Chinese official documents are, drawn by
/// ``PDFFixture`` at test time, with the text its extraction must give.
///
/// A4 pages, body text in 12 pt on a 360 pt measure (30 Chinese characters,
/// 72 pt to 432 pt), baselines 18 pt apart, paragraphs indented two
/// characters (x = 96). On every page: a running header `锡山区法治政府建设年度报告`
/// (9 pt, baseline 50) and a page number `第N页 共3页` (9 pt, baseline 800).
/// - Page 1: a title on two centred 18 pt lines; a paragraph of three lines
///   that wraps `重大问⏎题`; the heading `一、坚持强化组织领导`; a paragraph
///   whose two lines on page 1 are full and which goes on to page 2.
/// - Page 2: that paragraph's last two lines, at the left margin; a Latin
///   paragraph that wraps with a hyphen (`adminis-⏎tration`); a one-line paragraph.
/// - Page 3: the heading `二、2023年工作安排` and a one-line paragraph, both indented.
public enum PDFReportFixture {
    /// The running header at the top of every page.
    public static let header = "锡山区法治政府建设年度报告"

    /// The runs of each page.
    public static let pages: [[PDFFixture.Run]] = [
        frame(page: 1) + [
            .init(text: "锡山区人民政府关于法治政府建设", x: 117, y: 110, size: 18),
            .init(text: "工作情况的报告", x: 189, y: 134, size: 18),
            .init(text: "区政府坚持以习近平新时代中国特色社会主义思想为指导，深入", x: 96, y: 170),
            .init(text: "学习贯彻习近平法治思想，对法治政府建设工作精心部署、对重大问", x: 72, y: 188),
            .init(text: "题加强研究、重点环节着力协调。", x: 72, y: 206),
            .init(text: "一、坚持强化组织领导", x: 96, y: 224),
            .init(text: "区政府主要负责同志切实履行推进法治政府建设第一责任人的职", x: 96, y: 242),
            .init(text: "责，定期听取法治政府建设工作的汇报，及时研究解决法治政府建设", x: 72, y: 260),
        ],
        frame(page: 2) + [
            .init(text: "中的重大问题，年度工作计划、综合执法改革等事项均经常务会议审", x: 72, y: 100),
            .init(text: "议通过，全区依法行政水平持续提升。", x: 72, y: 118),
            .init(text: "The rule of law asks each public body for sound adminis-", x: 96, y: 136),
            .init(text: "tration by law, openly and fairly.", x: 72, y: 154),
            .init(text: "2022年共办理行政复议案件56件。", x: 96, y: 172),
        ],
        frame(page: 3) + [
            .init(text: "二、2023年工作安排", x: 96, y: 100),
            .init(text: "区政府将继续研究法治政府建设中的重大问题，推动依法行政。", x: 96, y: 118),
        ],
    ]

    /// The running header and the page number of page `page`.
    private static func frame(page: Int) -> [PDFFixture.Run] {
        [.init(text: header, x: 72, y: 50, size: 9), .init(text: "第\(page)页 共3页", x: 274, y: 800, size: 9)]
    }

    /// The PDF, with `title` as its Info `Title`.
    public static func pdf(title: String? = "Microsoft Word - report.doc") -> Data {
        PDFFixture.make(placed: pages, title: title)
    }

    /// The extracted text's lines: one per paragraph, no header, no page number.
    public static let lines = [
        "锡山区人民政府关于法治政府建设",
        "工作情况的报告",
        "区政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，对法治政府建设工作精心部署、对重大问题加强研究、重点环节着力协调。",
        "一、坚持强化组织领导",
        "区政府主要负责同志切实履行推进法治政府建设第一责任人的职责，定期听取法治政府建设工作的汇报，及时研究解决法治政府建设中的重大问题，年度工作计划、综合执法改革等事项均经常务会议审议通过，全区依法行政水平持续提升。",
        "The rule of law asks each public body for sound administration by law, openly and fairly.",
        "2022年共办理行政复议案件56件。",
        "二、2023年工作安排",
        "区政府将继续研究法治政府建设中的重大问题，推动依法行政。",
    ]

    /// The first line of each page: page 2's first paragraph starts on line 6
    /// (line 5 began on page 1), page 3's on line 8.
    public static let pageStarts = [1, 6, 8]

    /// The title: the two 18 pt lines, joined.
    public static let title = "锡山区人民政府关于法治政府建设工作情况的报告"
}
