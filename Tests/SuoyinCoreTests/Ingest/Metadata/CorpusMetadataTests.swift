import Testing
@testable import SuoyinCore

/// The lines of `Corpus/<file>`, split on line feeds as a loader would.
private func corpusLines(_ file: String) throws -> [Substring] {
    try IngestCorpus.text(file).split(separator: "\n", omittingEmptySubsequences: false)
}

/// Facts about the sample reports in `Corpus/`.
@Suite("Chrome and metadata of the sample reports")
struct CorpusMetadataTests {
    @Test("metadata of the sample reports, with the titles TitleDetector finds", arguments: [
        // The page bar's label gives both, and outranks the title's 慈溪市人民政府.
        ("cixi-2023.txt", DocumentMetadata(date: "2024-02-29", issuer: "市司法局")),
        // Closing date, and the signature just above it (the same name as the first line).
        ("bayingolin-2021.txt", DocumentMetadata(date: "2021-12-17", issuer: "巴音郭楞蒙古自治州人民政府")),
        // 发布时间 gives the date; no label names an issuer, so the title gives it: the
        // first line that is not chrome, below the breadcrumb.
        // The footer's 无锡市司法局主办 names the site's host, not the report's issuer.
        ("xishan-2022.txt", DocumentMetadata(date: "2023-02-08", issuer: "无锡市锡山区人民政府")),
        // No title or labels, but a signature and closing date at the end.
        ("nanxiong-2022.txt", DocumentMetadata(date: "2023-01-31", issuer: "南雄市政务服务和数据管理局")),
        // No title, label, signature or closing date: the text names no date or issuer
        // (杨巷镇 writes of itself in the body, which is not read).
        ("yangxiang-2021.txt", DocumentMetadata(date: nil, issuer: nil)),
    ])
    func metadata(file: String, expected: DocumentMetadata) throws {
        let text = try IngestCorpus.text(file)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(MetadataExtractor.metadata(lines: lines, title: TitleDetector.title(in: text)) == expected)
    }

    @Test("the chrome lines of the sample reports, by line number", arguments: [
        // Breadcrumb; 发布时间 bar; 网站地图|联系我们; 版权所有 … 主办; ICP, police and site numbers.
        ("xishan-2022.txt", [1, 5, 75, 77, 79]),
        // The 发布日期 … 信息来源 bar under the title.
        ("cixi-2023.txt", [3]),
        ("bayingolin-2021.txt", []),
        ("nanxiong-2022.txt", []),
        ("yangxiang-2021.txt", []),
    ])
    func chromeLines(file: String, expected: [Int]) throws {
        let lines = try corpusLines(file)
        #expect(lines.indices.filter { ChromeRules.isChrome(lines[$0]) }.map { $0 + 1 } == expected)
    }
}
