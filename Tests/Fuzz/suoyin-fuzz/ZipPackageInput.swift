import Foundation
import ZIPFoundation

/// Fuzz inputs for formats that are a ZIP archive of XML parts (.docx, and
/// .odt and OFD alike).
///
/// An input that starts with `PK` is the file itself, to fuzz the archive
/// reading. Any other input is the XML of the main part, zipped here with
/// fixed other parts: mutations of zipped bytes mostly break the archive's
/// checksums and compressed data, so this is how they reach the XML parsing.
struct ZipPackageInput: Sendable {
    /// The path of the part an input stands for, e.g. `word/document.xml`.
    let mainPart: String
    /// The other parts every zipped input gets, by path.
    let otherParts: [String: String]

    /// The file `input` stands for.
    func file(for input: UnsafeRawBufferPointer) -> Data {
        if input.starts(with: [0x50, 0x4B]) { return Data(input) }
        return Self.zip(otherParts.mapValues { Data($0.utf8) }.merging([mainPart: Data(input)]) { $1 })
    }

    /// Seeds: each of `documents` (main-part XML) as it is and zipped as a file.
    func seeds(_ documents: [String]) -> [Data] {
        documents.map { Data($0.utf8) } + documents.map { document in
            Self.zip(otherParts.mapValues { Data($0.utf8) }.merging([mainPart: Data(document.utf8)]) { $1 })
        }
    }

    /// The text of the part at `path` in the ZIP archive `file`, to seed with
    /// a committed fixture's main part; nil when it has none.
    static func part(_ path: String, of file: Data) -> String? {
        guard let archive = try? Archive(data: file, accessMode: .read, pathEncoding: nil), let entry = archive[path] else { return nil }
        var data = Data()
        guard (try? archive.extract(entry, consumer: { data.append($0) })) != nil else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// A ZIP archive of `parts`, stored (not deflated) and in path order.
    static func zip(_ parts: [String: Data]) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for (path, data) in parts.sorted(by: { $0.key < $1.key }) {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     compressionMethod: .none) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            return archive.data!
        } catch {
            fatalError("cannot zip a fuzz input: \(error)")
        }
    }
}
