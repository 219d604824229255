import Foundation
import ZIPFoundation

/// Minimal Word files made at test time by zipping the parts Word itself
/// needs, so no binary fixture is committed.
enum DocxFixture {
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    /// `_rels/.rels` pointing at `mainPart` and `docProps/core.xml`.
    static func relationships(mainPart: String = "word/document.xml") -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Target="\(mainPart)" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>\
        <Relationship Id="rId2" Target="docProps/core.xml" \
        Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"/>\
        </Relationships>
        """
    }

    /// `word/document.xml` with `body` inside `w:body`.
    static func document(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="w14"><w:body>\(body)\
        <w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>
        """
    }

    /// `word/styles.xml` as Chinese Word writes it: built-in styles keep their
    /// English names but get ids like "1", "2" and "a3".
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>\
        <w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/>\
        <w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>\
        <w:style w:type="paragraph" w:styleId="a5"><w:name w:val="正文小标题"/><w:basedOn w:val="2"/></w:style>\
        <w:style w:type="character" w:styleId="10"><w:name w:val="标题 1 字符"/></w:style>\
        </w:styles>
        """

    /// `docProps/core.xml` with the given `dc:title`.
    static func coreProperties(title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">\
        <dc:title>\(title)</dc:title><dc:creator>锡山区司法局</dc:creator></cp:coreProperties>
        """
    }

    /// A Word file with the given body and title; `styles` nil leaves out `word/styles.xml`.
    static func docx(body: String, title: String = "", styles: String? = DocxFixture.styles) throws -> Data {
        var parts = [
            "[Content_Types].xml": contentTypes,
            "_rels/.rels": relationships(),
            "word/document.xml": document(body),
            "docProps/core.xml": coreProperties(title: title),
        ]
        parts["word/styles.xml"] = styles
        return try zip(parts)
    }

    /// A ZIP archive of the given text files, deflated.
    static func zip(_ parts: [String: String]) throws -> Data {
        try zip(data: parts.mapValues { Data($0.utf8) })
    }

    /// A ZIP archive of the given files, deflated.
    static func zip(data parts: [String: Data]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in parts.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    /// A paragraph in the style `style` (or none) whose runs hold `runs`.
    static func paragraph(_ runs: String..., style: String? = nil) -> String {
        let properties = style.map { #"<w:pPr><w:pStyle w:val="\#($0)"/></w:pPr>"# } ?? ""
        return "<w:p>" + properties + runs.map { #"<w:r><w:t xml:space="preserve">\#($0)</w:t></w:r>"# }.joined() + "</w:p>"
    }
}
