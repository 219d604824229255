import Foundation

/// Small PDF files made at test time, so no binary fixture is committed.
///
/// Text is drawn with an unembedded CID font (`Identity-H`) whose `ToUnicode`
/// map gives each character its own code: enough for `pdftotext`, which
/// extracts text through that map without the font's glyphs. Widths are
/// those of a Chinese font: a wide character (``isWide(_:)``) is one em, a
/// space a quarter em, any other character half an em; so a run of text
/// at `x` in `size` points ends at `x + size × ems(text)`.
///
/// Positions are in points from the page's top left corner, as
/// `pdftotext -bbox-layout` reports them: a run whose baseline is at `y`
/// spans `y - 0.9 size` to `y + 0.2 size` (the font's ascent and descent).
public enum PDFFixture {
    /// A run of text at its place on a page.
    public struct Run: Sendable {
        public var text: String
        /// Left edge, in points from the page's left edge.
        public var x: Double
        /// Baseline, in points from the page's top edge.
        public var y: Double
        /// Font size in points.
        public var size: Double

        /// Creates a run.
        public init(text: String, x: Double, y: Double, size: Double = 12) {
            self.text = text
            self.x = x
            self.y = y
            self.size = size
        }
    }

    /// The page size: A4.
    public static let pageSize = (width: 595.0, height: 842.0)

    /// A PDF with one page per element of `pages`, each a list of lines in
    /// 12 pt, left-aligned at 72 pt, 16 pt apart from a baseline at 72 pt.
    public static func make(pages: [[String]]) -> Data {
        make(placed: pages.map { lines in
            lines.enumerated().map { Run(text: $1, x: 72, y: 72 + 16 * Double($0)) }
        })
    }

    /// A PDF with one page per element of `pages`, each a list of runs drawn
    /// in that order, and `title` as the Info dictionary's `Title`.
    public static func make(placed pages: [[Run]], title: String? = nil) -> Data {
        var codes: [Character: Int] = [:]
        var characters: [Character] = []
        for character in pages.joined().map(\.text).joined() where codes[character] == nil {
            characters.append(character)
            codes[character] = characters.count
        }
        let fontObject = 3 + 2 * pages.count
        var objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [\((0..<pages.count).map { "\(3 + 2 * $0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>",
        ]
        for (index, runs) in pages.enumerated() {
            let shown = runs.map { run in
                "/F1 \(run.size) Tf 1 0 0 1 \(run.x) \(pageSize.height - run.y) Tm <"
                    + run.text.map { hex(codes[$0]!) }.joined() + "> Tj"
            }
            let content = "BT\n" + shown.joined(separator: "\n") + "\nET"
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(pageSize.width) \(pageSize.height)] "
                + "/Resources << /Font << /F1 \(fontObject) 0 R >> >> /Contents \(4 + 2 * index) 0 R >>")
            objects.append(stream(content))
        }
        let widths = characters.map { String(Int(ems(String($0)) * 1000)) }.joined(separator: " ")
        objects.append("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
            + "/DescendantFonts [\(fontObject + 1) 0 R] /ToUnicode \(fontObject + 3) 0 R >>")
        objects.append("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun "
            + "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
            + "/FontDescriptor \(fontObject + 2) 0 R /DW 1000 /W [1 [\(widths)]] >>")
        objects.append("<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -200 1000 900] "
            + "/ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>")
        objects.append(stream(toUnicodeMap(characters)))
        if let title {
            // A text string in UTF-16BE with its byte order mark, as PDF text strings may be.
            objects.append("<< /Title <FEFF\(title.utf16.map { hex(Int($0)) }.joined())> /Producer (PDFFixture) >>")
        }

        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        pdf += offsets.map { String(repeating: "0", count: 10 - String($0).count) + "\($0) 00000 n \n" }.joined()
        let info = title == nil ? "" : " /Info \(objects.count) 0 R"
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(info) >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(pdf.utf8)
    }

    /// The width of `text` in ems.
    public static func ems(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { sum, scalar in sum + (scalar == " " ? 0.25 : isWide(scalar) ? 1 : 0.5) }
    }

    /// Whether the fixture font draws `scalar` one em wide: Han characters
    /// and the CJK and full-width punctuation.
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0x20000...0x3FFFF,
             0x2014, 0x2018...0x201D, 0x2026:
            return true
        default:
            return false
        }
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
