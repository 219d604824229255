import Foundation

/// Reads one OFD page's content (`Pages/Page_0/Content.xml`) into a
/// ``LayoutPage`` of positioned lines.
///
/// Policies:
/// - Text is that of the `TextCode` elements of the page's `TextObject`s,
///   in document order, wherever they are (layers, page blocks); see
///   ``OFDGlyphRun`` for where each character goes. Its size is the object's
///   `Size`, else its `Boundary` height.
/// - A `TextCode` without `X` or `Y` goes on from where the last one ended.
/// - Characters make lines by ``OFDLineBuilder``.
/// - The page size is the page's own `Area/PhysicalBox`, else the
///   document's; positions and sizes are turned from millimetres into points.
/// - Template pages (letterhead backgrounds) and annotations are not read.
enum OFDPageReader {
    /// Points per millimetre.
    static let pointsPerMillimetre = 72 / 25.4

    /// The page at `path`, numbered `number`.
    static func page(
        in xml: Data, number: Int, path: String, defaultSize: OFDStructure.PageSize?
    ) throws(ExtractionFailure) -> LayoutPage {
        var builder = OFDLineBuilder()
        var object: (origin: (x: Double, y: Double), size: Double, transform: [Double]?)?
        var code: (x: Double?, y: Double?, deltaX: String?, text: String)?
        var next = (x: 0.0, y: 0.0)
        var inArea = 0
        var box: String?
        var size: OFDStructure.PageSize?
        let error = XMLEventReader.read(xml, start: { _, name, attributes in
            switch name {
            case "TextObject":
                let boundary = numbers(attributes["Boundary"])
                let origin = boundary.count == 4 ? (boundary[0], boundary[1]) : (0.0, 0.0)
                let size = Double(attributes["Size"] ?? "").flatMap { $0.isFinite && $0 > 0 ? $0 : nil }
                    ?? (boundary.count == 4 && boundary[3] > 0 ? boundary[3] : 3.5)
                let matrix = numbers(attributes["CTM"])
                object = (origin, size, matrix.count == 6 ? matrix : nil)
            case "TextCode" where object != nil:
                code = (Double(attributes["X"] ?? ""), Double(attributes["Y"] ?? ""), attributes["DeltaX"], "")
            case "Area": inArea += 1
            case "PhysicalBox" where inArea > 0: box = ""
            default: break
            }
        }, end: { _, name in
            switch name {
            case "TextObject": object = nil
            case "TextCode":
                guard let current = code, let object else { return }
                code = nil
                let run = OFDGlyphRun(
                    text: current.text, x: current.x ?? next.x, y: current.y ?? next.y, deltaX: current.deltaX,
                    size: object.size, origin: object.origin, transform: object.transform)
                if let last = run.glyphs.last {
                    next = (last.x + last.advance - object.origin.x, current.y ?? next.y)
                }
                builder.add(run)
            case "Area": inArea -= 1
            case "PhysicalBox":
                if let written = box { size = OFDStructure.PageSize(box: OFDStructure.trimmed(written)) }
                box = nil
            default: break
            }
        }, text: { text in
            if code != nil { code!.text += text }
            if box != nil { box! += text }
        })
        if let error { throw ExtractionFailure(reason: "damaged OFD file (\(path) is \(error))") }
        let pageSize = size ?? defaultSize
        return LayoutPage(
            number: number, width: (pageSize?.width ?? 0) * pointsPerMillimetre,
            height: (pageSize?.height ?? 0) * pointsPerMillimetre,
            lines: builder.lines(page: number, scale: pointsPerMillimetre))
    }

    /// The numbers of an attribute such as `Boundary="10 20 100 5"`; empty if it is missing or malformed.
    private static func numbers(_ attribute: String?) -> [Double] {
        guard let attribute else { return [] }
        let numbers = attribute.split(whereSeparator: { $0 == " " || $0 == "," }).map { Double($0) }
        guard numbers.allSatisfy({ $0?.isFinite == true }) else { return [] }
        return numbers.compactMap { $0 }
    }
}
