import Foundation

/// The structure of an OFD file (GB/T 33190): the entry file `OFD.xml`
/// names the document's root (`DocRoot`, such as `Doc_0/Document.xml`) and
/// its `DocInfo`; the root lists the pages' content parts in order.
///
/// Elements and attributes are matched by local name in any namespace:
/// producers write `http://www.ofdspec.org/2016`, older ones other URIs.
enum OFDStructure {
    /// What `OFD.xml` says about the first document of the file.
    struct Entry: Equatable {
        /// The path of the document root, resolved from the package root.
        var documentRoot: String?
        /// `DocInfo/Title`, trimmed; `nil` when empty.
        var title: String?
    }

    /// Reads the first `DocBody` of `OFD.xml`.
    static func entry(in xml: Data) throws(ExtractionFailure) -> Entry {
        var entry = Entry()
        var bodies = 0
        var field: String?
        var title = ""
        var root = ""
        let error = XMLEventReader.read(xml, start: { _, name, _ in
            if name == "DocBody" { bodies += 1 }
            if bodies == 1, name == "DocRoot" || name == "Title" { field = name }
        }, end: { _, name in
            if name == "DocRoot" || name == "Title" { field = nil }
        }, text: { text in
            if field == "DocRoot" { root += text } else if field == "Title" { title += text }
        })
        if let error { throw ExtractionFailure(reason: "damaged OFD file (OFD.xml is \(error))") }
        let trimmedRoot = trimmed(root)
        entry.documentRoot = trimmedRoot.isEmpty ? nil : resolve(trimmedRoot, from: "")
        let trimmedTitle = trimmed(title)
        entry.title = trimmedTitle.isEmpty ? nil : trimmedTitle
        return entry
    }

    /// What a document root says about its pages.
    struct Document: Equatable {
        /// The content paths of the pages, in order, resolved from the package root.
        var pagePaths: [String] = []
        /// The default page size (`CommonData/PageArea/PhysicalBox`), if given.
        var pageSize: PageSize?
    }

    /// A page's width and height in millimetres.
    struct PageSize: Equatable {
        var width: Double
        var height: Double

        /// The size of a box written `x y width height`, if it is one.
        init?(box: String) {
            let numbers = box.split(separator: " ").compactMap { Double($0) }
            guard numbers.count == 4, numbers[2] > 0, numbers[3] > 0, numbers[2].isFinite, numbers[3].isFinite
            else { return nil }
            (width, height) = (numbers[2], numbers[3])
        }
    }

    /// Reads the document root `xml` found at `rootPath`.
    static func document(in xml: Data, rootPath: String) throws(ExtractionFailure) -> Document {
        let folder = rootPath.split(separator: "/").dropLast().joined(separator: "/")
        var document = Document()
        var inPages = 0
        var inPageArea = 0
        var box: String?
        let error = XMLEventReader.read(xml, start: { _, name, attributes in
            switch name {
            case "Pages": inPages += 1
            case "PageArea": inPageArea += 1
            case "PhysicalBox" where inPageArea > 0 && document.pageSize == nil: box = ""
            case "Page" where inPages > 0:
                if let location = attributes["BaseLoc"] { document.pagePaths.append(resolve(trimmed(location), from: folder)) }
            default: break
            }
        }, end: { _, name in
            switch name {
            case "Pages": inPages -= 1
            case "PageArea": inPageArea -= 1
            case "PhysicalBox":
                if let written = box { document.pageSize = PageSize(box: trimmed(written)) }
                box = nil
            default: break
            }
        }, text: { text in
            if box != nil { box! += text }
        })
        if let error { throw ExtractionFailure(reason: "damaged OFD file (\(rootPath) is \(error))") }
        return document
    }

    /// `location` as a path from the package root: a leading "/" means the
    /// root, anything else is relative to `folder`; "." and ".." steps are
    /// resolved and never climb above the root.
    static func resolve(_ location: String, from folder: String) -> String {
        var parts: [Substring] = location.hasPrefix("/") ? [] : folder.split(separator: "/")
        for part in location.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars.drop(while: ScalarTraits.isWhitespace)
            .reversed().drop(while: ScalarTraits.isWhitespace).reversed()
        return String(String.UnicodeScalarView(scalars))
    }
}
