import Foundation
import SuoyinCore

extension FuzzTarget {
    /// Word files: the extractor either refuses the file with a reason or
    /// gives text that keeps every document invariant (``DocumentChecks``).
    /// Inputs are `word/document.xml` or whole files (``ZipPackageInput``).
    static let docx = FuzzTarget(
        name: "docx",
        summary: "docx extraction (ZIP and XML): a reason or valid text, headings, title",
        maximumLength: 8192,
        dictionary: ["<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:t xml:space=\"preserve\">", "<w:br/>",
                     "<w:tab/>", "<w:pStyle w:val=\"1\"/>", "<w:outlineLvl w:val=\"0\"/>", "<w:pPr>", "</w:pPr>", "<w:tbl>",
                     "<w:tc>", "<w:del>", "<w:ins>", "<w:instrText>", "<mc:AlternateContent>", "<mc:Fallback>", "w:",
                     "&amp;", "&#13;", "&#x", "<![CDATA[", "PK\u{5}\u{6}", "PK\u{3}\u{4}", "PK\u{1}\u{2}"],
        seeds: { fixtures in
            let paragraphs: [String] = try fixtures.corpusPieces(length: 600).prefix(6).map { piece -> String in
                let lines = String(decoding: piece, as: UTF8.self).split(separator: "\n")
                var body = ""
                for (index, line) in lines.enumerated() {
                    let style = index == 0 ? #"<w:pPr><w:pStyle w:val="1"/></w:pPr>"# : ""
                    body += #"<w:p>"# + style + #"<w:r><w:t xml:space="preserve">"# + String(line) + "</w:t></w:r></w:p>"
                }
                return body
            }
            return DocxInput.package.seeds(paragraphs.map { DocxInput.document($0) })
        },
        run: { input in
            let file = DocxInput.package.file(for: input)
            guard let extracted = try? DocxTextExtractor.extract(from: file) else { return }
            DocumentChecks.check(extracted)
        })
}

/// The parts of the Word files the docx target zips.
enum DocxInput {
    static let package = ZipPackageInput(mainPart: "word/document.xml", otherParts: [
        "[Content_Types].xml": """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="xml" ContentType="application/xml"/></Types>
            """,
        "_rels/.rels": """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Target="word/document.xml" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>\
            <Relationship Id="rId2" Target="docProps/core.xml" \
            Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"/></Relationships>
            """,
        "word/styles.xml": """
            <?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style></w:styles>
            """,
        "docProps/core.xml": """
            <?xml version="1.0" encoding="UTF-8"?><cp:coreProperties \
            xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>报告</dc:title></cp:coreProperties>
            """,
    ])

    /// `word/document.xml` around `body`.
    static func document(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>\(body)</w:body></w:document>
        """
    }
}
