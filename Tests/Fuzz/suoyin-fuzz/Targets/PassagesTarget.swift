import Foundation
@testable import SuoyinCore

extension FuzzTarget {
    /// Plain text as the loader splits it: passages (with headings, long lines
    /// cut at sentence ends, chrome lines), title, dates, issuers and numbers.
    /// The first byte picks the passage length, so short limits cut often.
    static let passages = FuzzTarget(
        name: "passages",
        summary: "PassageSplitter, headings, titles, dates, issuers, numbers: exact slices within lines",
        dictionary: ["一、", "（一）", "(二)", "1.", "（1）", "第一章", "第二节", "第三条", "# ", "\r\n", "\r", "\u{3000}",
                     "。", "；", "发布日期：", "成文日期:", "信息来源：", "来源:", "发文机关：", "2021年12月17日",
                     "二〇二一年十二月十七日", "2024-02-29", "人民政府", "关于", "国发〔2021〕12号", "当前位置：首页 > ",
                     "版权所有", "ICP备", "浏览次数"],
        seeds: { fixtures in
            try fixtures.corpusPieces(length: 2048) + fixtures.files(in: "Tests/SuoyinCoreTests/Fixtures/encodings", extensions: [".utf8.txt"])
        },
        run: { input in
            let maxLength = [300, 300, 40, 7][Int(input.first ?? 0) & 3]
            DocumentChecks.check(text: String(decoding: input, as: UTF8.self), title: nil, headingLevels: [:], maxLength: maxLength)
        })
}
