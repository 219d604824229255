import Foundation
import Testing
@testable import SuoyinCore

/// What is refused before Foundation's XMLParser sees a part.
@Suite("XML precheck")
struct XMLPrecheckTests {
    @Test("a processing instruction without data is refused: XMLParser reads its data through a null pointer", arguments: [
        ("<?x?><a/>", true),
        ("<a><?mso-application?></a>", true),
        ("<?xml version=\"1.0\"?><a/>", false),
        ("<?xml version=\"1.0\"?><?x data?><a/>", false),
        ("<?x ?><a/>", false),
        ("<a>a ?> b <? c</a>", false),
    ])
    func emptyProcessingInstruction(xml: String, refused: Bool) {
        #expect((XMLPrecheck.problem(in: Data(xml.utf8)) != nil) == refused, "\(xml)")
    }

    @Test("the OFD page the fuzzer found is refused, not parsed")
    func fuzzedPage() throws {
        let page = #"<?x?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content></ofd:Content></ofd:Page>"#
        var events = 0
        let problem = XMLEventReader.read(Data(page.utf8), start: { _, _, _ in events += 1 })
        #expect(problem == "XML with a processing instruction without data (<?name?>)")
        #expect(events == 0)
    }
}
