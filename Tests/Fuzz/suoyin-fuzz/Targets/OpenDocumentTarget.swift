import Foundation
import SuoyinCore

extension FuzzTarget {
    /// OpenDocument texts: the extractor either refuses the file with a reason
    /// or gives text that keeps every document invariant (``DocumentChecks``).
    /// Inputs are `content.xml` or whole files (``ZipPackageInput``), long
    /// enough for the committed `report.odt`.
    static let odt = FuzzTarget(
        name: "odt",
        summary: "odt extraction (ZIP and XML): a reason or valid text, headings, title",
        maximumLength: 16384,
        dictionary: ["<text:p>", "</text:p>", "<text:h text:outline-level=\"1\">", "</text:h>", "<text:span>", "</text:span>",
                     "<text:s/>", "<text:s text:c=\"3\"/>", "<text:tab/>", "<text:line-break/>", "<text:soft-page-break/>",
                     "<text:note>", "<text:note-body>", "<text:list>", "<text:list-item>", "<table:table-cell>",
                     "text:style-name=\"P1\"", "text:style-name=\"Heading_20_1\"", "<style:style style:name=\"P1\" ",
                     "style:parent-style-name=\"Heading_20_1\"", "&amp;", "&#13;", "&#x", "<![CDATA[", "PK\u{5}\u{6}"],
        seeds: { fixtures in
            let files = try fixtures.files(in: "Tests/SuoyinCoreTests/Fixtures/formats", extensions: [".odt"])
            return files + OpenDocumentInput.package.seeds(files.compactMap { ZipPackageInput.part("content.xml", of: $0) })
        },
        run: { input in
            let file = OpenDocumentInput.package.file(for: input)
            guard let extracted = try? OpenDocumentTextExtractor.extract(from: file) else { return }
            DocumentChecks.check(extracted)
        })
}

/// The parts of the OpenDocument texts the odt target zips: those the
/// extractor reads besides `content.xml` (a heading style and an empty
/// title, so the first heading is the title) and the ones a file must have.
enum OpenDocumentInput {
    static let package = ZipPackageInput(mainPart: "content.xml", otherParts: [
        "mimetype": "application/vnd.oasis.opendocument.text",
        "META-INF/manifest.xml": """
            <?xml version="1.0" encoding="UTF-8"?><manifest:manifest \
            xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">\
            <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>\
            <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>
            """,
        "styles.xml": """
            <?xml version="1.0" encoding="UTF-8"?><office:document-styles \
            xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:styles>\
            <style:style style:name="Heading_20_1" style:family="paragraph" style:default-outline-level="1"/>\
            </office:styles></office:document-styles>
            """,
        "meta.xml": """
            <?xml version="1.0" encoding="UTF-8"?><office:document-meta \
            xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\
            <office:meta><dc:title> </dc:title></office:meta></office:document-meta>
            """,
    ])
}
