import Testing
@testable import SuoyinCore

@Suite("TitleDetector")
struct TitleDetectorTests {
    @Test("the first non-blank line that is not chrome is the title when it looks like one", arguments: [
        ("慈溪市人民政府关于2023年度法治政府建设情况的报告\n\n发布日期:2024-02-29", "慈溪市人民政府关于2023年度法治政府建设情况的报告"),
        ("\n\u{3000}\r\n  巴音郭楞蒙古自治州人民政府 \r\n自治區司法廳:", "巴音郭楞蒙古自治州人民政府"),
        ("# 法治政府建设报告\n正文。", "法治政府建设报告"),
        ("## 附件：名单\n正文。", "附件：名单"),
        ("一、总则\n正文。", "一、总则"),
        (String(repeating: "题", count: 60), String(repeating: "题", count: 60)),
        // Website chrome above the title is passed over: a breadcrumb, then a page bar.
        ("当前位置:首页/专题专栏/法治政府建设工作情况报告\n\n无锡市锡山区人民政府2022年法治政府建设工作报告\n正文。",
         "无锡市锡山区人民政府2022年法治政府建设工作报告"),
        ("首页 > 政务公开 > 正文\r\n发布日期:2024-02-29 信息来源:市司法局\r\n  法治政府建设情况的报告", "法治政府建设情况的报告"),
    ])
    func titles(text: String, expected: String) {
        #expect(TitleDetector.title(in: text) == expected)
    }

    @Test("a line that reads as prose or an introduction is no title", arguments: [
        "2022年,我市坚持以习近平新时代中国特色社会主义思想为指导。",  // a sentence
        "自治區司法廳:\n报告如下",                                    // ends with a colon
        "各位代表：",
        "现将有关情况报告如下，",
        "一是加强领导;二是完善制度",                                    // ASCII semicolon
        "真的吗?",
        String(repeating: "题", count: 61),                           // too long
        "",
        "\n \u{3000}\n",
        "# \n正文",                                                    // an empty Markdown heading
        "当前位置:首页/专题专栏\n发布时间:2023-02-08",                   // nothing but chrome
        "发布日期:2024-02-29\n2023年,我市坚持依法行政。",               // chrome, then a sentence
    ])
    func notTitles(text: String) {
        #expect(TitleDetector.title(in: text) == nil)
    }

    @Test("the sample reports' titles", arguments: [
        ("cixi-2023.txt", "慈溪市人民政府关于2023年度法治政府建设情况的报告"),
        ("bayingolin-2021.txt", "巴音郭楞蒙古自治州人民政府"),
        // The page's breadcrumb comes first; as chrome it is passed over.
        ("xishan-2022.txt", "无锡市锡山区人民政府2022年法治政府建设工作报告"),
    ])
    func corpusTitles(file: String, expected: String) throws {
        #expect(TitleDetector.title(in: try IngestCorpus.text(file)) == expected)
    }

    @Test("reports that open with their first paragraph have no title", arguments: [
        "nanxiong-2022.txt", "yangxiang-2021.txt",
    ])
    func corpusWithoutTitles(file: String) throws {
        #expect(TitleDetector.title(in: try IngestCorpus.text(file)) == nil)
    }
}
