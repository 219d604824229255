import Testing
@testable import SuoyinCore

@Suite("InfoTable")
struct InfoTableTests {
    @Test("a table of label and value cells gives date, issuer and number, and its lines")
    func cells() {
        let lines: [Substring] = [
            "某某省人民政府关于印发方案的通知",
            "索 引 号：\t006939748/2023-00015\t分  类：\t综合政务",
            "发文机关：\t某某省人民政府\t成文日期：\t2023年01月10日",
            "",
            "发文字号：\t某府〔2023〕3号\t发布日期：\t2023年01月12日",
            "正文第一段。",
        ]
        let table = InfoTable.read(lines)
        #expect(table.metadata == DocumentMetadata(date: "2023-01-10", issuer: "某某省人民政府", number: "某府〔2023〕3号"))
        #expect(table.lines == [1, 2, 4])
    }

    @Test("labels without colons, and one label: value per line")
    func shapes() {
        let bare = InfoTable.read(["发文机关\t某某部\t发文字号\t某发〔2022〕1号", "发布日期\t2022-12-02"])
        #expect(bare.metadata == DocumentMetadata(date: "2022-12-02", issuer: "某某部", number: "某发〔2022〕1号"))
        let rows = InfoTable.read(["发文机关：某某部办公厅", "发文字号：某办发〔2022〕18号", "成文日期：2022年11月30日"])
        #expect(rows.metadata == DocumentMetadata(date: "2022-11-30", issuer: "某某部办公厅", number: "某办发〔2022〕18号"))
        #expect(rows.lines == [0, 1, 2])
    }

    @Test("a lone label line, prose and empty values make no table", arguments: [
        ["发文机关：某某部", "正文。"],
        ["成文日期为2023年1月10日", "发文字号已经确定"],
        ["标题\t无", "正文"],
    ] as [[Substring]])
    func notTables(lines: [Substring]) {
        #expect(InfoTable.read(lines).lines.isEmpty)
        #expect(InfoTable.read(lines).metadata == DocumentMetadata())
    }

    @Test("a number of 无 is no number")
    func noNumber() {
        #expect(InfoTable.read(["发文字号：\t无", "发布日期：\t2023-01-12"]).metadata == DocumentMetadata(date: "2023-01-12"))
    }
}
