import Testing
@testable import SuoyinCore

/// Facts about the sample reports in `Corpus/`, and invariants over all of them.
@Suite("PassageSplitter on the sample reports")
struct CorpusPassageTests {
    /// The website chrome lines of each sample report, which make no passage.
    static let chromeLines: [(file: String, lines: Set<Int>)] = [
        ("bayingolin-2021.txt", []),
        ("cixi-2023.txt", [3]),  // the 发布日期 … 信息来源 bar under the title
        ("nanxiong-2022.txt", []),
        // Breadcrumb; 发布时间 bar; 网站地图|联系我们; 版权所有 … 主办; ICP, police and site numbers.
        ("xishan-2022.txt", [1, 5, 75, 77, 79]),
        ("yangxiang-2021.txt", []),
    ]

    @Test("every passage is exactly its scalars, on its line and column, in order; only chrome lines are left out",
          arguments: chromeLines)
    func invariants(file: String, chromeLines: Set<Int>) throws {
        let text = try IngestCorpus.text(file)
        let passages = PassageSplitter().passages(in: text)
        #expect(!passages.isEmpty)
        PassageInvariants.check(passages, of: text, maxLength: 300, chromeLines: chromeLines)
    }

    @Test("passage counts of the sample reports", arguments: [
        ("bayingolin-2021.txt", 61), ("cixi-2023.txt", 22), ("nanxiong-2022.txt", 68),
        ("xishan-2022.txt", 35), ("yangxiang-2021.txt", 31),
    ])
    func counts(file: String, count: Int) throws {
        #expect(try passages(file).count == count)
    }

    @Test("nanxiong: （一） lines sit under their 一、 heading, written with ASCII parentheses and comma")
    func nanxiongSubsections() throws {
        let passages = try passages("nanxiong-2022.txt")
        let chapter = "一、深入学习贯彻党的二十大精神,深刻领会新时代推进法治中国建设战略"
        let first = try #require(passages.first { $0.text.hasPrefix("(一)及时组织传达学习。") })
        #expect((first.line, first.column, first.start, first.end) == (3, 1, 318, 485))
        #expect(first.text.hasSuffix("学习贯彻党的二十大精神。"))
        #expect(first.section == [chapter])
        // (二) closes (一): a sibling is not part of the section.
        #expect(passages.first { $0.line == 4 }?.section == [chapter])
        #expect(passages.first { $0.line == 6 }?.text == "二、多措并举深入学习宣传贯彻习近平法治思想")
        #expect(passages.first { $0.line == 6 }?.section == [])
    }

    @Test("nanxiong: a heading applies to the lines after it, down to 1. points")
    func nanxiongNesting() throws {
        let passages = try passages("nanxiong-2022.txt")
        let publicity = ["五、采取有效措施,大力宣传贯彻实施新法", "(二)宣传贯彻新法"]
        #expect(passages.first { $0.line == 21 }?.section == publicity)
        #expect(passages.first { $0.line == 22 }?.section == publicity)  // 2. closes 1.
        #expect(passages.first { $0.line == 31 }?.section == [
            "六、2022年度推进法治政府建设的主要举措和成效", "(二)完善依法行政和行政决策机制,不断提高决策能力",
        ])
        // The signature after the last point stays in the last section: nothing closes it.
        #expect(passages.last?.text == "2023年1月31日")
        #expect(passages.last?.section == ["八、下一年度推进法治政府建设的主要安排", "(三)持续推进法治政府建设"])
    }

    @Test("bayingolin (traditional script): 一是 points are body text; a 335-character line splits at a sentence end")
    func bayingolin() throws {
        let passages = try passages("bayingolin-2021.txt")
        let chapter = ["一、切實履行主體責任,高位推動法治政府建設"]
        let line6 = passages.filter { $0.line == 6 }
        #expect(line6.map { $0.start..<$0.end } == [321..<601, 601..<656])
        #expect(line6.map(\.column) == [1, 281])
        #expect(line6[0].text.hasPrefix("一是嚴格落實黨政主體責任。") && line6[0].text.hasSuffix("學習15次。"))
        #expect(line6[1].text.hasPrefix("州黨委、政府主要領導、") && line6[1].text.hasSuffix("行為等工作。"))
        #expect(line6.allSatisfy { $0.section == chapter })
        #expect(passages.first { $0.line == 11 }?.text == "二是依法推動社會面防控精準有效。")
        #expect(passages.first { $0.line == 11 }?.section == ["二、依法規范社會治理,持續推進反恐維穩法制化常態化"])
    }

    @Test("cixi: blank lines between paragraphs; the 发布日期 bar makes no passage; a 585-character line makes three")
    func cixi() throws {
        let passages = try passages("cixi-2023.txt")
        // Line 3, "发布日期:2024-02-29 11:31 信息来源:市司法局", is chrome.
        #expect(passages.map(\.line).prefix(4) == [1, 5, 7, 9])
        let line17 = passages.filter { $0.line == 17 }
        #expect(line17.map { $0.start..<$0.end } == [1700..<1956, 1956..<2130, 2130..<2285])
        #expect(line17.map(\.column) == [1, 257, 431])
        #expect(line17.map { $0.text.hasSuffix("。") } == [true, true, true])
        #expect(line17[1].text.hasPrefix("创新推广“慈溪群治分”"))
        #expect(line17.allSatisfy { $0.section == ["一、2023年我市法治政府建设主要举措和成效"] })
    }

    @Test("xishan: the breadcrumb, the 发布时间 bar and the footer make no passage; indented lines start at column 3")
    func xishan() throws {
        let passages = try passages("xishan-2022.txt")
        // Text is on the odd lines 1…79; chrome is lines 1, 5, 75, 77 and 79.
        #expect(Set(passages.map(\.line)) == Set(stride(from: 3, through: 73, by: 2)).subtracting([5]))
        let title = try #require(passages.first)
        #expect((title.line, title.column, title.start) == (3, 1, 27))
        #expect(title.text == "无锡市锡山区人民政府2022年法治政府建设工作报告")
        #expect(passages.last?.line == 73)
        let point = try #require(passages.first { $0.line == 11 })
        #expect((point.column, point.start) == (3, 303))
        #expect(point.text.hasPrefix("(一)深入学习宣传贯彻习近平法治思想。"))
        #expect(point.section == ["一、坚持强化组织领导,夯实法治政府建设基础"])
    }

    @Test("yangxiang: a 44-character heading with a comma is kept whole")
    func yangxiang() throws {
        let passages = try passages("yangxiang-2021.txt")
        #expect(passages.first { $0.line == 23 }?.section == [
            "三、2021年度党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设的有关情况",
        ])
        #expect(passages.first { $0.line == 4 }?.section == [
            "一、2021年度推进法治政府建设的主要举措和成效", "(一)坚持党的领导,深入贯彻落实习近平法治思想",
        ])
    }

    private func passages(_ file: String) throws -> [Passage] {
        PassageSplitter().passages(in: try IngestCorpus.text(file))
    }
}
