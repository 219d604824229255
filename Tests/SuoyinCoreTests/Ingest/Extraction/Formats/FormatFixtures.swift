import Foundation

/// The committed fixtures of `Fixtures/formats/` (made by its
/// `make-fixtures.sh`, see its README) and what they hold.
enum FormatFixtures {
    /// The bytes of `name`.
    static func bytes(_ name: String) throws -> [UInt8] {
        try ExtractFixture.bytes(name, folder: "formats")
    }

    /// The path of `name`.
    static func path(_ name: String) -> String {
        ExtractFixture.url(name, folder: "formats").path
    }

    /// The body of `report.fodt` as every converter should give it, line by
    /// line, for the lines all formats share (the table row and note differ).
    static let reportHead = [
        "无锡市锡山区人民政府2022年法治政府建设工作报告",
        "2022年，在区委的坚强领导和区人大常委会的指导、支持下，全区各级行政机关坚持以习近平新时代中国特色社会主义思想为指导，"
            + "深入学习贯彻习近平法治思想，全面落实《法治政府建设实施纲要（2021—2025年）》，法治政府建设各项工作取得新成效。",
        "一、坚持强化组织领导，夯实法治政府建设基础",
        "（一）深入学习宣传贯彻习近平法治思想。",
        "贯彻全面依法治区工作会议精神，把习近平法治思想列入区政府常务会议学法内容（生僻字：𠮷）。",
        "事项\t数量",
        "赋权事项   851项",
    ]

    /// The lines of `report.fodt` after its table.
    static let reportTail = [
        "二、切實履行主體責任，高位推動法治政府建設",
        "州黨委、政府深刻認識到黨政主要負責人履行推進法治建設第一責任人職責是推進法治建設的核心和關鍵，堅持將法治政府建設擺在突出位置、納入重要議程。",
        "无锡市锡山区人民政府",
        "2023年2月8日",
    ]
}

/// Minimal OpenDocument texts made at test time by zipping their parts.
enum OpenDocumentFixture {
    static let namespaces = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
        xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" \
        xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
        """

    /// An `.odt` whose `content.xml` has `body` in `office:text` and
    /// `automaticStyles`; `title` nil leaves out `meta.xml`.
    static func odt(body: String, automaticStyles: String = "", styles: String = "", title: String? = nil) throws -> Data {
        var parts = [
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content \(namespaces) office:version="1.3">\
                <office:automatic-styles>\(automaticStyles)</office:automatic-styles>\
                <office:body><office:text>\(body)</office:text></office:body></office:document-content>
                """,
            "styles.xml": """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-styles \(namespaces)><office:styles>\(styles)</office:styles></office:document-styles>
                """,
        ]
        parts["meta.xml"] = title.map {
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-meta \(namespaces)><office:meta><dc:title>\($0)</dc:title></office:meta></office:document-meta>
            """
        }
        return try DocxFixture.zip(parts)
    }
}
