import Testing
@testable import SuoyinCore

@Suite("PDFMetadataTitle")
struct PDFMetadataTitleTests {
    @Test("a meaningful Info Title is kept, made-up ones are not", arguments: [
        ("关于2022年法治政府建设情况的报告", "关于2022年法治政府建设情况的报告"),
        ("  关于  印发的通知 ", "关于 印发的通知"),
        ("Microsoft Word - 关于印发实施方案的通知.doc", "关于印发实施方案的通知"),
        ("关于印发实施方案的通知.docx", "关于印发实施方案的通知"),
        ("Annual Report on the Rule of Law", "Annual Report on the Rule of Law"),
        ("Microsoft Word - x.doc", nil),
        ("Microsoft Word - 20221209.doc", nil),
        ("Document1", nil),
        ("2022_report_final", nil),
        ("Untitled", nil),
        ("无标题", nil),
        ("附件2", nil),
        ("文档 1", nil),
        ("", nil),
        ("   ", nil),
        ("12345", nil),
        ("---", nil),
        ("\u{FFFD}\u{FFFD}报告", nil),
        ("标题\u{1}", nil),
    ] as [(String, String?)])
    func meaningful(raw: String, title: String?) {
        #expect(PDFMetadataTitle.meaningful(raw) == title)
    }
}
