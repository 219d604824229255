import Foundation
import SuoyinCore

extension FuzzTarget {
    /// OFD files: the extractor either refuses the file with a reason or gives
    /// text that keeps every document invariant (``DocumentChecks``). Inputs
    /// are a page's `Content.xml` or whole files (``ZipPackageInput``).
    static let ofd = FuzzTarget(
        name: "ofd",
        summary: "OFD extraction (ZIP, XML, positions to paragraphs): a reason or valid text, title",
        maximumLength: 8192,
        dictionary: ["<ofd:TextObject ", "</ofd:TextObject>", "<ofd:TextCode ", "</ofd:TextCode>", "Boundary=\"",
                     "Size=\"", "CTM=\"", "DeltaX=\"", "g 3 5.6", "X=\"", "Y=\"", "<ofd:Layer>", "<ofd:Area>",
                     "<ofd:PhysicalBox>", "0 0 210 297", "5.6", "-1e308", "NaN", "&amp;", "&#13;", "PK\u{5}\u{6}"],
        seeds: { fixtures in
            let files = try fixtures.files(in: "Tests/SuoyinCoreTests/Fixtures/formats", extensions: [".ofd"])
            return files + OFDInput.package.seeds(files.compactMap { ZipPackageInput.part(OFDInput.page, of: $0) })
        },
        run: { input in
            let file = OFDInput.package.file(for: input)
            guard let extracted = try? OFDTextExtractor.extract(from: file) else { return }
            DocumentChecks.check(extracted)
        })
}

/// The parts of the OFD files the ofd target zips: the entry file and a
/// document root whose two pages both have the input as their content, so
/// that lines repeat as running headers do and paragraphs cross a page break.
enum OFDInput {
    static let page = "Doc_0/Pages/Page_0/Content.xml"
    static let package = ZipPackageInput(mainPart: page, otherParts: [
        "OFD.xml": """
            <?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.1" \
            DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>a1</ofd:DocID></ofd:DocInfo>\
            <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>
            """,
        "Doc_0/Document.xml": """
            <?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData>\
            <ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>\
            </ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>\
            <ofd:Page ID="2" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>
            """,
    ])
}
