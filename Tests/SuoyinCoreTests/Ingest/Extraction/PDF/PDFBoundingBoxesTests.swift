import Testing
@testable import SuoyinCore

@Suite("PDFBoundingBoxes")
struct PDFBoundingBoxesTests {
    /// Output shaped like `pdftotext -bbox-layout`'s.
    static let sample = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "x.dtd"><html xmlns="http://www.w3.org/1999/xhtml">
        <head>
        <title>关于A&amp;B&lt;的报告&#x41;&#66;</title>
        <meta name="Author" content="a&amp;b"/>
        </head>
        <body>
        <doc>
          <page width="595.000000" height="842.000000">
            <flow>
              <block xMin="72.000000" yMin="57.600000" xMax="136.000000" yMax="75.200000">
                <line xMin="72.000000" yMin="57.600000" xMax="136.000000" yMax="75.200000">
                  <word xMin="72.000000" yMin="57.600000" xMax="100.000000" yMax="75.200000">一、</word>
                  <word xMin="100.000000" yMin="57.600000" xMax="136.000000" yMax="75.200000">总则</word>
                </line>
              </block>
              <block xMin="72.000000" yMin="91.200000" xMax="252.000000" yMax="104.400000">
                <line xMin="72.000000" yMin="91.200000" xMax="252.000000" yMax="104.400000">
                  <word xMin="72.000000" yMin="91.200000" xMax="120.000000" yMax="104.400000">Rule</word>
                  <word xMin="125.000000" yMin="91.200000" xMax="140.000000" yMax="104.400000">of</word>
                  <word xMin="145.000000" yMin="91.200000" xMax="170.000000" yMax="104.400000">law&gt;</word>
                </line>
              </block>
            </flow>
          </page>
          <page width="595.000000" height="842.000000">
          </page>
          <page width="nan" height="-inf">
            <flow><block><line xMin="1e999" yMin="x" xMax="5" yMax="6"><word>第二</word><word/><word>页</word></line></block></flow>
          </page>
        </doc>
        </body>
        </html>
        """

    @Test("pages, lines and their positions, words joined, entities decoded, the title read")
    func sampleOutput() {
        let layout = PDFBoundingBoxes(output: Array(Self.sample.utf8))
        #expect(layout.title == "关于A&B<的报告AB")
        #expect(layout.pages.map(\.number) == [1, 2, 3])
        #expect(layout.pages.map(\.width) == [595, 595, 0])
        #expect(layout.pages[0].lines == [
            PositionedLine(text: "一、总则", page: 1, xMin: 72, yMin: 57.6, xMax: 136, yMax: 75.2, block: 1),
            PositionedLine(text: "Rule of law>", page: 1, xMin: 72, yMin: 91.2, xMax: 252, yMax: 104.4, block: 2),
        ])
        #expect(layout.pages[1].lines == [])
        #expect(layout.pages[2].lines == [
            PositionedLine(text: "第二页", page: 3, xMin: 0, yMin: 0, xMax: 5, yMax: 6, block: 3),
        ])
    }

    @Test("odd, truncated or foreign output gives the lines it holds, never a failure", arguments: [
        ("", []), ("<", []), (">", []), ("<<<>>>", []), ("<page", []), ("<page><line><word>甲", []),
        ("<line><word>甲</word></line>", []), ("<page><line xMin=\"1\"><word>甲</word></line></page>", ["甲"]),
        ("<title>", []), ("<title>甲", []), ("&amp;&#xFFFFFFFF;&#0;&#;&#x;&", []),
        ("<page><line><word>&#xD800;&bogus;&</word></line>", ["&#xD800;&bogus;&"]),
        ("\u{FF}\u{FE}<page>\u{0}</page><page><line><word>乙\u{0}</word></line>", ["乙\u{0}"]),
    ] as [(String, [String])])
    func oddOutput(text: String, lines: [String]) {
        // Invalid UTF-8 at the end too.
        let layout = PDFBoundingBoxes(output: Array(text.utf8) + [0xFF, 0xC3])
        #expect(layout.pages.flatMap(\.lines).map(\.text) == lines)
    }

    @Test("a line outside any page, and words outside a line, are ignored; an unfinished line is dropped")
    func structure() {
        let text = "<word>外</word><line><word>外</word></line><page><word>外</word><line><word>甲</word></line><line><word>乙</word>"
        let layout = PDFBoundingBoxes(output: Array(text.utf8))
        #expect(layout.pages.count == 1)
        #expect(layout.pages[0].lines.map(\.text) == ["甲"])
    }

    @Test("character references decode to their scalars; invalid ones stay as written")
    func references() {
        #expect(PDFBoundingBoxes.text(Array("a&amp;b&quot;&apos;&#20013;&#x6587;".utf8)[...]) == "a&b\"'中文")
        #expect(PDFBoundingBoxes.text(Array("&#xD800;&nope;&#;&".utf8)[...]) == "&#xD800;&nope;&#;&")
    }
}
