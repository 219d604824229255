import Testing
@testable import SuoyinCore

@Suite("PassageSplitter: no section path repeats the title")
struct PassageTitleTests {
    @Test("a heading that reads as the title opens no section; other headings do")
    func titleHeading() {
        let text = "某某办法\n第一章 总则\n第一条 为了规范管理，制定本办法。"
        let sections = { (title: String?) in
            PassageSplitter().passages(in: text, headingLevels: [1: 1], title: title).map(\.section)
        }
        #expect(sections("某某办法") == [[], [], ["第一章 总则"]])
        #expect(sections(nil) == [[], ["某某办法"], ["某某办法", "第一章 总则"]])
        #expect(sections("第一章 总则") == [[], ["某某办法"], ["某某办法"]])
    }
}
