import Foundation

/// OFD files made at test time by zipping their XML parts (as GB/T 33190
/// lays them out: `OFD.xml`, `Doc_0/Document.xml`, `Doc_0/Pages/Page_N/Content.xml`),
/// so no binary fixture is committed.
///
/// Lengths are in millimetres. Text is set as Chinese official documents
/// are: 三号 type (5.6 mm, 16 pt), full-width characters one em apart and
/// ASCII half an em, body lines between the margins 26 and 184.
enum OFDFixture {
    static let namespace = "http://www.ofdspec.org/2016"
    static let left = 26.0
    static let right = 184.0
    static let bodySize = 5.6

    /// One line of text: a `TextObject` whose `TextCode` places every character by `DeltaX`.
    struct Line {
        var text: String
        var x: Double
        /// Baseline.
        var y: Double
        var size = OFDFixture.bodySize
        /// One `TextObject` per character, as some producers write them.
        var perCharacter = false

        /// The advance of `scalar`: one em, or half for ASCII.
        func advance(_ scalar: Unicode.Scalar) -> Double { scalar.isASCII ? size / 2 : size }

        var width: Double { text.unicodeScalars.reduce(0) { $0 + advance($1) } }

        /// The XML of the line, with object ids from `id`.
        func xml(id: inout Int) -> String {
            let scalars = Array(text.unicodeScalars)
            if perCharacter {
                var x = self.x
                return scalars.map { scalar in
                    id += 1
                    defer { x += advance(scalar) }
                    return "<ofd:TextObject ID=\"\(id)\" Boundary=\"\(x) \(y - size) \(size) \(size * 1.2)\" Font=\"1\" Size=\"\(size)\">"
                        + "<ofd:TextCode X=\"0\" Y=\"\(size)\">\(escaped(String(scalar)))</ofd:TextCode></ofd:TextObject>"
                }.joined()
            }
            id += 1
            let deltas = scalars.dropLast().map { String(advance($0)) }.joined(separator: " ")
            return "<ofd:TextObject ID=\"\(id)\" Boundary=\"\(x) \(y - size) \(width) \(size * 1.2)\" Font=\"1\" Size=\"\(size)\">"
                + "<ofd:TextCode X=\"0\" Y=\"\(size)\" DeltaX=\"\(deltas)\">\(escaped(text))</ofd:TextCode></ofd:TextObject>"
        }
    }

    /// The lines of a paragraph of body text starting at baseline `y`: its
    /// first line indented two ems, the rest filling the margins.
    static func paragraph(_ text: String, y: Double, indent: Bool = true) -> [Line] {
        var lines: [Line] = []
        var current = ""
        var x = left + (indent ? 2 * bodySize : 0)
        var width = 0.0
        for scalar in text.unicodeScalars {
            let advance = scalar.isASCII ? bodySize / 2 : bodySize
            if x + width + advance > right + 0.01 {
                lines.append(Line(text: current, x: x, y: y + Double(lines.count) * 10))
                (current, x, width) = ("", left, 0)
            }
            current.unicodeScalars.append(scalar)
            width += advance
        }
        lines.append(Line(text: current, x: x, y: y + Double(lines.count) * 10))
        return lines
    }

    /// A line centred between the margins.
    static func centred(_ text: String, y: Double, size: Double = bodySize) -> Line {
        var line = Line(text: text, x: 0, y: y, size: size)
        line.x = (left + right - line.width) / 2
        return line
    }

    /// An OFD file of `pages`, with `DocInfo/Title` `title` (none when nil).
    static func ofd(pages: [[Line]], title: String? = nil) throws -> Data {
        var parts: [String: String] = [:]
        let titleXML = title.map { "<ofd:Title>\(escaped($0))</ofd:Title>" } ?? ""
        parts["OFD.xml"] = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ofd:OFD xmlns:ofd="\(namespace)" Version="1.1" DocType="OFD"><ofd:DocBody>\
            <ofd:DocInfo><ofd:DocID>a1b2</ofd:DocID>\(titleXML)<ofd:Author>锡山区司法局</ofd:Author></ofd:DocInfo>\
            <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>
            """
        let pageList = pages.indices.map { "<ofd:Page ID=\"\($0 + 1)\" BaseLoc=\"Pages/Page_\($0)/Content.xml\"/>" }.joined()
        parts["Doc_0/Document.xml"] = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ofd:Document xmlns:ofd="\(namespace)"><ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID>\
            <ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>\
            <ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>\(pageList)</ofd:Pages></ofd:Document>
            """
        parts["Doc_0/PublicRes.xml"] = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ofd:Res xmlns:ofd="\(namespace)" BaseLoc="Res"><ofd:Fonts>\
            <ofd:Font ID="1" FontName="仿宋_GB2312" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>
            """
        var id = 100
        for (index, lines) in pages.enumerated() {
            let objects = lines.map { $0.xml(id: &id) }.joined()
            parts["Doc_0/Pages/Page_\(index)/Content.xml"] = """
                <?xml version="1.0" encoding="UTF-8"?>
                <ofd:Page xmlns:ofd="\(namespace)"><ofd:Content><ofd:Layer ID="\(index + 1)">\(objects)\
                </ofd:Layer></ofd:Content></ofd:Page>
                """
        }
        return try DocxFixture.zip(parts)
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
