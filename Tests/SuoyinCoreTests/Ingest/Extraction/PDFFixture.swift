import Foundation

/// Small PDF files made at test time, so no binary fixture is committed.
///
/// Text is drawn with an unembedded CID font (`Identity-H`) whose `ToUnicode`
/// map gives each character its own code: enough for `pdftotext`, which
/// extracts text through that map without the font's glyphs.
enum PDFFixture {
    /// A PDF with one page per element of `pages`, each a list of lines.
    static func make(pages: [[String]]) -> Data {
        var codes: [Character: Int] = [:]
        var characters: [Character] = []
        for character in pages.joined().joined() where codes[character] == nil {
            characters.append(character)
            codes[character] = characters.count
        }
        let fontObject = 3 + 2 * pages.count
        var objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [\((0..<pages.count).map { "\(3 + 2 * $0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>",
        ]
        for (index, lines) in pages.enumerated() {
            let shown = lines.map { line in "<" + line.map { hex(codes[$0]!) }.joined() + "> Tj T*" }.joined(separator: "\n")
            let content = "BT /F1 12 Tf 72 770 Td 16 TL\n\(shown)\nET"
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                + "/Resources << /Font << /F1 \(fontObject) 0 R >> >> /Contents \(4 + 2 * index) 0 R >>")
            objects.append(stream(content))
        }
        objects.append("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
            + "/DescendantFonts [\(fontObject + 1) 0 R] /ToUnicode \(fontObject + 3) 0 R >>")
        objects.append("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun "
            + "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
            + "/FontDescriptor \(fontObject + 2) 0 R /DW 1000 >>")
        objects.append("<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -200 1000 900] "
            + "/ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>")
        objects.append(stream(toUnicodeMap(characters)))

        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        pdf += offsets.map { String(repeating: "0", count: 10 - String($0).count) + "\($0) 00000 n \n" }.joined()
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(pdf.utf8)
    }

    private static func stream(_ content: String) -> String {
        "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream"
    }

    private static func hex(_ value: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// A CMap from each character's code to its UTF-16, in blocks of 100 as the format requires.
    private static func toUnicodeMap(_ characters: [Character]) -> String {
        var map = """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """
        for start in stride(from: 0, to: characters.count, by: 100) {
            let block = characters[start..<min(start + 100, characters.count)]
            map += "\(block.count) beginbfchar\n"
            for (offset, character) in block.enumerated() {
                map += "<\(hex(start + offset + 1))> <\(String(character).utf16.map { hex(Int($0)) }.joined())>\n"
            }
            map += "endbfchar\n"
        }
        return map + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    }
}
