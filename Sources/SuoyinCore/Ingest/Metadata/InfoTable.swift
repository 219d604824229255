/// Reads the information table of a government page — `索引号`, `主题分类`,
/// `发文机关`, `成文日期`, `发文字号`, `发布日期` — into a document's metadata.
///
/// Rows come as lines of cells separated by tabs (a `<table>`: `发文机关：\t某某
/// 市人民政府\t成文日期：\t2023-01-10`, or without colons) or as one
/// `label：value` per line (rows of `<div>`s). Spaces inside a label are
/// ignored (`索 引 号：`). A line is a row when every cell is a label of
/// ``labels`` or the value after one; consecutive rows (blank lines between
/// allowed) with at least two labels in all are a table. Its lines are
/// returned so the caller can leave them out of the text.
///
/// Fields: `date` from `成文日期`, else `发布日期`; `issuer` from `发文机关` (else
/// `发布机构`); `number` from `发文字号` (or `文号`). The first table's values win.
enum InfoTable {
    /// What a label's value gives.
    enum Field: Sendable { case signedDate, publishedDate, issuer, publisher, number, other }

    static let labels: [(spelling: String, field: Field)] = [
        ("成文日期", .signedDate), ("发布日期", .publishedDate), ("發佈日期", .publishedDate), ("發布日期", .publishedDate),
        ("发文机关", .issuer), ("發文機關", .issuer), ("发布机构", .publisher), ("發佈機構", .publisher),
        ("发文字号", .number), ("發文字號", .number), ("文号", .number), ("文號", .number),
        ("索引号", .other), ("索引號", .other), ("主题分类", .other), ("主題分類", .other), ("分类", .other),
        ("主题词", .other), ("主題詞", .other), ("有效性", .other), ("体裁分类", .other), ("组配分类", .other),
        ("服务对象分类", .other), ("公开方式", .other), ("公开范围", .other), ("生效日期", .other), ("废止日期", .other),
        ("信息类别", .other), ("所属机构", .other), ("标题", .other), ("名称", .other), ("标　题", .other),
    ]

    /// The longest line looked at: rows are short.
    static let longestRow = 300

    /// The metadata the tables in `lines` give, and the offsets of their lines.
    static func read(_ lines: [Substring]) -> (metadata: DocumentMetadata, lines: Set<Int>) {
        var values: [Field: String] = [:]
        var tableLines = Set<Int>()
        var run: [(offset: Int, cells: [(Field, Substring)])] = []
        func endRun() {
            if run.reduce(0, { $0 + $1.cells.count }) >= 2 {
                for row in run {
                    tableLines.insert(row.offset)
                    for (field, value) in row.cells where !value.isEmpty && values[field] == nil {
                        values[field] = String(value)
                    }
                }
            }
            run.removeAll()
        }
        for (offset, line) in lines.enumerated() {
            if line.isEmpty { continue }
            if line.unicodeScalars.count <= longestRow, let cells = row(line) {
                run.append((offset, cells))
            } else {
                endRun()
            }
        }
        endRun()
        let date = (values[.signedDate] ?? values[.publishedDate]).flatMap { DocumentDateParser.date(atStartOf: $0[...]) }
        let issuer = (values[.issuer] ?? values[.publisher]).flatMap { IssuerName.issuer(labelValue: $0[...]) }
        let number = values[.number].flatMap { ["无", "-", "—", "/"].contains($0) ? nil : $0 }
        return (DocumentMetadata(date: date?.description, issuer: issuer, number: number), tableLines)
    }

    /// The labelled values of a row, or `nil` if the line is not one.
    static func row(_ line: Substring) -> [(Field, Substring)]? {
        var cells: [(Field, Substring)] = []
        var pending: Field?
        for cell in line.split(separator: "\t") {
            let text = trimmed(cell)
            if text.isEmpty { continue }
            if let (field, value) = labelled(text) {
                if let pending { cells.append((pending, "")) }
                if let value {
                    cells.append((field, value))
                    pending = nil
                } else {
                    pending = field
                }
            } else if let field = pending {
                cells.append((field, text))
                pending = nil
            } else {
                return nil
            }
        }
        if let pending { cells.append((pending, "")) }
        return cells.isEmpty ? nil : cells
    }

    /// The label a cell starts with and its value in the cell (`nil` if the
    /// cell is the label alone), or `nil` if the cell is no label.
    private static func labelled(_ cell: Substring) -> (Field, Substring?)? {
        let colon = cell.firstIndex { $0 == ":" || $0 == "：" }
        let head = cell[..<(colon ?? cell.endIndex)].filter { !$0.isWhitespace }
        guard let label = labels.first(where: { $0.spelling == head }) else { return nil }
        guard let colon else { return (label.field, nil) }
        let value = trimmed(cell[cell.index(after: colon)...])
        return (label.field, value.isEmpty ? nil : value)
    }

    private static func trimmed(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        let start = scalars.firstIndex { !ScalarTraits.isWhitespace($0) } ?? scalars.endIndex
        let end = scalars[start...].lastIndex { !ScalarTraits.isWhitespace($0) }.map { scalars.index(after: $0) } ?? start
        return Substring(scalars[start..<end])
    }
}
