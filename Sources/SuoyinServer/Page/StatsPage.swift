import Foundation
import SuoyinCore

/// The statistics page: documents, passages, characters, encodings,
/// formats, index size and when it was last written.
struct StatsPage {
    var language: PageLanguage

    func content(_ status: IndexStatus) -> [Markup] {
        let l = language
        let statistics = status.statistics
        let counts = { (counts: [String: Int]) in
            counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key): \($0.value)" }.joined(separator: l.t("；", "; "))
        }
        let rows: [(String, String)] = [
            (l.t("文档", "Documents"), String(statistics.documents)),
            (l.t("段落", "Passages"), String(statistics.passages)),
            (l.t("字数", "Characters"), String(statistics.characters)),
            (l.t("编码", "Encodings"), counts(statistics.encodings)),
            (l.t("格式", "Formats"), counts(statistics.formats)),
            (l.t("索引大小", "Index size"), String(format: "%.1f MB", Double(statistics.indexBytes) / 1_048_576)),
            (l.t("最近索引", "Last indexed"), status.lastIndexed ?? "—"),
            (l.t("分析器", "Analyzer"), "v\(statistics.analyzerVersion) (\(statistics.foldTableHash))"),
        ]
        return [
            .element("h1", [], [.text(l.t("索引统计", "Index statistics"))]),
            .element("table", [("class", "stats")], [
                .element("tbody", [], rows.map { label, value in
                    .element("tr", [], [.element("th", [("scope", "row")], [.text(label)]), .element("td", [], [.text(value)])])
                }),
            ]),
        ]
    }
}
