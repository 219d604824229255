import Testing
@testable import SuoyinCore

/// The metadata of `text`, split into lines as a loader would.
private func metadata(_ text: String, title: String? = nil) -> DocumentMetadata {
    MetadataExtractor.metadata(lines: text.split(separator: "\n", omittingEmptySubsequences: false), title: title)
}

/// A paragraph of body text with no labels, dates or names in it.
private let body = "现将有关情况报告如下。各项工作稳步推进，取得了较好成效。"

@Suite("MetadataExtractor")
struct MetadataExtractorTests {
    @Test("a page bar gives date and issuer, outranking the title")
    func pageBar() {
        let text = "慈溪市人民政府关于2023年度法治政府建设情况的报告\n\n发布日期:2024-02-29 11:31 信息来源:市司法局\n\n\(body)"
        #expect(metadata(text, title: "慈溪市人民政府关于2023年度法治政府建设情况的报告")
            == DocumentMetadata(date: "2024-02-29", issuer: "市司法局"))
    }

    @Test("each date label, in each script and format", arguments: [
        ("成文日期：2023年1月31日", "2023-01-31"),
        ("日期: 2021/12/17", "2021-12-17"),
        ("发布时间：2023.02.08 09:30", "2023-02-08"),
        ("發佈時間：2021-12-17 信息來源：巴州司法局", "2021-12-17"),
        ("索引号：001 | 发布日期：二〇二一年十二月十七日", "2021-12-17"),
    ])
    func dateLabels(line: String, iso: String) {
        #expect(metadata("标题\n\(line)\n\(body)").date == iso)
    }

    @Test("each issuer label, in each script", arguments: [
        ("信息来源：市司法局", "市司法局"),
        ("來源：巴州司法局", "巴州司法局"),
        ("发布机构：某县人民政府办公室", "某县人民政府办公室"),
        ("發文機關：巴音郭楞蒙古自治州人民政府", "巴音郭楞蒙古自治州人民政府"),
        ("发布时间：2023-02-08 来源：无锡市司法局 浏览次数：12", "无锡市司法局"),
    ])
    func issuerLabels(line: String, issuer: String) {
        #expect(metadata("标题\n\(line)\n\(body)").issuer == issuer)
    }

    @Test("a signature above the closing date, after the body")
    func signature() {
        let text = "\(body)\n\(body)\n巴音郭楞蒙古自治州人民政府\n2021年12月17日\n"
        #expect(metadata(text) == DocumentMetadata(date: "2021-12-17", issuer: "巴音郭楞蒙古自治州人民政府"))
    }

    @Test("the closing date is found past notes and the site footer, in Chinese numerals too")
    func closingDateBeforeFooter() {
        let text = "\(body)\n\n某县司法局\n\n二〇二一年十二月十七日\n\n（此件公开发布）\n网站地图|联系我们\n苏ICP备09024546号"
        #expect(metadata(text) == DocumentMetadata(date: "2021-12-17", issuer: "某县司法局"))
    }

    @Test("a closing date without a signature leaves the issuer to the title")
    func closingDateWithoutSignature() {
        let text = "某县人民政府关于某某的报告\n\(body)\n特此报告。\n2021年12月17日"
        #expect(metadata(text, title: "某县人民政府关于某某的报告")
            == DocumentMetadata(date: "2021-12-17", issuer: "某县人民政府"))
    }

    @Test("label outranks signature, signature outranks title")
    func precedence() {
        let signed = "\(body)\n某县司法局\n2021年12月17日"
        let title = "某县人民政府关于某某的报告"
        #expect(metadata("\(title)\n来源：某县融媒体中心\n\(signed)", title: title).issuer == "某县融媒体中心")
        #expect(metadata("\(title)\n\(signed)", title: title).issuer == "某县司法局")
        #expect(metadata("\(title)\n\(body)", title: title).issuer == "某县人民政府")
    }

    @Test("a label at the end ranks below the signature, but above the title")
    func labelsAtTheEnd() {
        let title = "某县人民政府关于某某的报告"
        // Long enough that the last lines are not among the first.
        let text = "\(title)\n" + Array(repeating: body, count: 40).joined(separator: "\n")
        let signed = "\(text)\n某县司法局\n2021年12月17日\n来源：国家统计局"
        #expect(metadata(signed, title: title) == DocumentMetadata(date: "2021-12-17", issuer: "某县司法局"))
        let unsigned = "\(text)\n发布日期：2021-12-20 来源：某县司法局"
        #expect(metadata(unsigned, title: title) == DocumentMetadata(date: "2021-12-20", issuer: "某县司法局"))
    }

    @Test("a label date that is no real day gives way to the closing date")
    func invalidLabelDate() {
        let text = "发布日期:2023-02-30\n\(body)\n2023年3月1日"
        #expect(metadata(text).date == "2023-03-01")
    }

    @Test("a label naming no body gives way to the signature")
    func ignoredSource() {
        let text = "来源：本站\n\(body)\n某县司法局\n2021年12月17日"
        #expect(metadata(text).issuer == "某县司法局")
    }

    @Test("a breadcrumb or missing title gives way to the first line that is not chrome")
    func chromeTitle() {
        let text = "当前位置:首页/专题专栏/某某报告\n\n无锡市锡山区人民政府2022年法治政府建设工作报告\n\(body)"
        #expect(metadata(text, title: "当前位置:首页/专题专栏/某某报告").issuer == "无锡市锡山区人民政府")
        #expect(metadata(text, title: nil).issuer == "无锡市锡山区人民政府")
    }

    @Test("labels in the middle of a long document are not read")
    func windows() {
        let middle = Array(repeating: body, count: 30) + ["发布日期:2020-01-01 来源:某县司法局"]
            + Array(repeating: body, count: 30)
        #expect(metadata(middle.joined(separator: "\n")) == DocumentMetadata())
        // Blank lines do not count towards the 30 lines read at the start.
        let late = Array(repeating: "", count: 500) + ["发布日期:2020-01-01"] + middle
        #expect(metadata(late.joined(separator: "\n")).date == "2020-01-01")
    }

    @Test("empty and blank documents have no metadata", arguments: ["", "\n\n", " \u{3000}\n\t"])
    func empty(text: String) {
        #expect(metadata(text) == DocumentMetadata())
    }

    // How long it takes is the benchmark's business, not a test's.
    @Test("a document on one 5 MB line gets the date labelled at its start")
    func oneLongLine() {
        let line = "发布日期:2024-02-29 " + String(repeating: body, count: 60_000)
        #expect(line.utf8.count > 5_000_000)
        #expect(MetadataExtractor.metadata(lines: [line[...]], title: nil) == DocumentMetadata(date: "2024-02-29"))
    }
}
