import Foundation
import Testing

/// Whether this machine has catdoc, which `.doc` and `.wps` files need.
private let hasCatdoc = FileManager.default.isExecutableFile(atPath: "/usr/bin/catdoc")
    || (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/catdoc") }

/// The committed document fixtures (see `Tests/SuoyinCoreTests/Fixtures/formats/README.md`).
private let fixtures = SuoyinProcess.packageRoot.appendingPathComponent("Tests/SuoyinCoreTests/Fixtures/formats")

/// `suoyin index` and `search` over a folder of the other formats people receive.
@Suite("suoyin formats")
struct FormatsCommandTests {
    @Test("Word 97, WPS, OpenDocument, RTF (Unicode, GBK, Big5) and OFD files are indexed, searched and cited",
          .enabled(if: hasCatdoc, "needs catdoc: apt-get install catdoc"))
    func indexAndSearch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-formats-\(UUID().uuidString)")
        let documents = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = ["legacy-big5.rtf", "legacy-gbk.rtf", "notice.ofd", "report.doc", "report.odt", "report.rtf", "report.wps"]
        for name in names {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: documents.appendingPathComponent(name))
        }
        // The source of the others is not a supported format and is left alone.
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("report.fodt"), to: documents.appendingPathComponent("report.fodt"))

        let index = try SuoyinProcess.run(["index", "--index", "i.sqlite", "docs"], in: folder)
        #expect(index.status == 0, "\(index)")
        #expect(index.stderrLines.count == 1, "\(index)")
        #expect(index.stderr.contains("7 added, 0 updated, 0 removed, 0 unchanged, 0 skipped"), "\(index)")

        // A rare character beyond U+FFFF, from the same paragraph of four formats.
        // The four are copies of one passage: one result lists the others, or with --all-copies each is a result.
        let folded = try SuoyinProcess.run(["search", "--index", "i.sqlite", "--json", "生僻字"], in: folder)
        let shown = try folded.stdoutLines.map(JSONResult.init(line:))
        #expect(shown.map(\.citation) == ["docs/report.doc:5:1"])
        #expect(shown.first?.copies == ["docs/report.odt:5:1", "docs/report.rtf:5:1", "docs/report.wps:5:1"])
        let rare = try SuoyinProcess.run(
            ["search", "--index", "i.sqlite", "--json", "--limit", "0", "--all-copies", "生僻字"], in: folder)
        #expect(rare.status == 0, "\(rare)")
        let results = try rare.stdoutLines.map(JSONResult.init(line:))
        #expect(results.map(\.citation).sorted()
                == ["docs/report.doc:5:1", "docs/report.odt:5:1", "docs/report.rtf:5:1", "docs/report.wps:5:1"])
        #expect(Set(results.map(\.text)) == ["贯彻全面依法治区工作会议精神，把习近平法治思想列入区政府常务会议学法内容（生僻字：𠮷）。"])
        let odt = try #require(results.first { $0.path == "docs/report.odt" })
        #expect(odt.title == "锡山区2022年法治政府建设工作报告")
        #expect(odt.section == ["一、坚持强化组织领导，夯实法治政府建设基础", "（一）深入学习宣传贯彻习近平法治思想。"])

        // Simplified finds the Big5 RTF's traditional text; GBK bytes, title and heading from the legacy RTF.
        let big5 = try SuoyinProcess.run(["search", "--index", "i.sqlite", "--json", "--all-copies", "主体责任"], in: folder)
        #expect(try big5.stdoutLines.map { try JSONResult(line: $0).citation }.sorted()
                == ["docs/legacy-big5.rtf:2:1", "docs/report.doc:9:1", "docs/report.odt:10:1", "docs/report.rtf:10:1",
                    "docs/report.wps:9:1"])
        let gbk = try SuoyinProcess.run(["search", "--index", "i.sqlite", "--json", "党对法治政府"], in: folder)
        let gbkResult = try JSONResult(line: try #require(gbk.stdoutLines.first))
        #expect(gbkResult.citation == "docs/legacy-gbk.rtf:4:1")
        #expect(gbkResult.title == "慈溪市2023年度法治政府建设情况的报告")
        #expect(gbkResult.date == "2024-02-29")

        // OFD: the title from DocInfo, the text from positioned characters.
        let ofd = try SuoyinProcess.run(["search", "--index", "i.sqlite", "--json", "督察内容"], in: folder)
        let ofdResult = try JSONResult(line: try #require(ofd.stdoutLines.first))
        #expect(ofdResult.citation == "docs/notice.ofd:6:1")
        #expect(ofdResult.title == "关于开展2023年度法治政府建设督察的通知")
        #expect(ofdResult.issuer == "慈溪市司法局")
        #expect(ofdResult.page == 1)
        #expect(ofdResult.number == "慈司〔2024〕3号")
        #expect(odt.page == nil)
        // A phrase across the visual line wrap (全面提升法治 | 政府建设水平) is found: the paragraph is one line.
        let wrapped = try SuoyinProcess.run(["search", "--index", "i.sqlite", "--json", "全面提升法治政府建设水平"], in: folder)
        #expect(try wrapped.stdoutLines.map { try JSONResult(line: $0).citation } == ["docs/notice.ofd:5:1"])

        let show = try SuoyinProcess.run(["show", "--index", "i.sqlite", "docs/report.wps:5"], in: folder)
        #expect(show.status == 0, "\(show)")
        #expect(show.stdoutLines.prefix(3) == [
            "无锡市锡山区人民政府2022年法治政府建设工作报告",
            "一、坚持强化组织领导，夯实法治政府建设基础 › （一）深入学习宣传贯彻习近平法治思想",
            "docs/report.wps:5:1  (2023-02-08, 无锡市锡山区人民政府, WPS document)",
        ])
    }
}
