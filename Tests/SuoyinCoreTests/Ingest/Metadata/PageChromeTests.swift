import Testing
@testable import SuoyinCore

/// The passages' texts of `text`.
private func passageTexts(_ text: String) -> [String] {
    PassageSplitter().passages(in: text).map(\.text)
}

@Suite("PageChrome: chrome by where it sits")
struct PageChromeTests {
    /// A page saved as text: breadcrumb, title, source label, body, copyright and ICP footer.
    static let savedPage = """
        当前位置：首页 > 政务公开 > 通知公告
        某某市人民政府办公室关于做好2023年春节期间有关工作的通知
        来源：市政府办公室
        各县（市、区）人民政府，市各委办局：
        经市政府同意，现就做好春节期间有关工作通知如下。
        来源：国家统计局
        Copyright © 2023 某某市人民政府
        苏ICP备12345678号 网站标识码：3202000058
        """

    @Test("on a page with website evidence, a copyright line and a source label at its ends are chrome")
    func savedPageFootnotes() {
        #expect(PageChrome.footnoteLines(in: Self.savedPage) == [3, 6, 7])
        #expect(passageTexts(Self.savedPage) == [
            "某某市人民政府办公室关于做好2023年春节期间有关工作的通知",
            "各县（市、区）人民政府，市各委办局：",
            "经市政府同意，现就做好春节期间有关工作通知如下。",
        ])
    }

    @Test("a licence's copyright line is its text: no website evidence, nothing dropped")
    func licenceKeepsCopyright() {
        let licence = """
            GNU 通用公共许可证
            第二版，1991年6月
            版权所有 © 1989, 1991 自由软件基金会
            任何人都可以复制和分发本许可证的原样拷贝，但不允许修改。
            """
        #expect(PageChrome.footnoteLines(in: licence).isEmpty)
        #expect(passageTexts(licence).count == 4)
    }

    @Test("a one-line file of a chrome-looking sentence is text", arguments: [
        "版权所有 © 1999 自由软件基金会",
        "-quit选项通知服务器关闭窗口并且退出.",
        "字体：仿宋_GB2312",
        "来源：国家统计局",
    ])
    func oneLineFile(line: String) {
        #expect(passageTexts(line) == [line])
    }

    @Test("a notice on document formatting keeps every line that names fonts and sizes")
    func formattingNotice() {
        let notice = """
            关于规范公文格式的通知
            一、标题
            字体：方正小标宋简体
            字号：二号
            二、正文
            字体：仿宋_GB2312
            字号：三号
            正文一般用3号仿宋体字，特定情况可以作适当调整。
            三、其他
            如无特殊说明，公文中文字的颜色均为黑色。页码一般用4号半角宋体阿拉伯数字。
            打印本页 关闭窗口
            """
        let texts = passageTexts(notice)
        #expect(texts.count == 10)
        #expect(texts.contains("字体：仿宋_GB2312") && texts.contains("字号：三号"))
        #expect(!texts.contains("打印本页 关闭窗口"))
    }

    @Test("a software manual's sentences that name window and print commands are text")
    func manual() {
        let manual = """
            第3章 命令行选项
            -quit选项通知服务器关闭窗口并且退出.
            -print选项打印本页内容到标准输出
            关闭窗口
            使用微软提供的字体： Arial、Times New Roman
            """
        #expect(passageTexts(manual).count == 5)
    }

    @Test("past the head and foot, a footnote line is text even on a web page")
    func middleOfLongPage() {
        let body = (1...40).map { "第\($0)段正文，依法行政。" }
        let text = (["当前位置：首页 > 政务公开"] + body[..<20] + ["来源：国家统计局"] + body[20...]).joined(separator: "\n")
        #expect(PageChrome.footnoteLines(in: text).isEmpty)
        #expect(passageTexts(text).contains("来源：国家统计局"))
    }
}

@Suite("PageChrome zones")
struct PageChromeZoneTests {
    @Test("the zones are the first and last 12 non-blank lines, with their numbers, for any line ends")
    func zones() {
        let lines = (1...40).map { "第\($0)行" }
        let text = lines.enumerated().map { $0.offset % 3 == 0 ? $0.element + "\r\n \t\r" : $0.element + "\n" }.joined()
        let zones = PageChrome.zoneLines(of: text)
        #expect(zones.map(\.text) == (lines[..<12] + lines[28...]).map { $0[...] })
        // Lines 1, 4, 7, … are each followed by a blank line, so numbers run ahead.
        #expect(zones.first?.number == 1 && zones[1].number == 3 && zones.last?.number == 53)
        #expect(PageChrome.zoneLines(of: "").isEmpty)
        #expect(PageChrome.zoneLines(of: "甲\r乙").map(\.text) == ["甲", "乙"])
        #expect(PageChrome.zoneLines(of: "甲").map(\.number) == [1])
    }
}
