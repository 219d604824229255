import Foundation
import ZIPFoundation

/// The parts of a ZIP-packaged document (a Word file, and also an OpenDocument
/// text or an OFD file), read into memory one at a time.
///
/// Every zipped format goes through here, so one structure check guards them
/// all. Errors are ``ExtractionFailure``s that say what is wrong with the file.
struct DocxPackage {
    /// The most bytes one part may unzip to, so a "ZIP bomb" fails instead of
    /// filling memory; Word's own limit for a document is 512 MB of text.
    static let partSizeLimit = 256 << 20

    private let archive: Archive
    private let data: Data
    /// The checked layout of each path's first entry, which bounds its compressed data.
    private let entries: [String: ZipStructure.Entry]
    /// The format named in failures, such as ".docx".
    let format: String

    init(data: Data, format: String = ".docx") throws(ExtractionFailure) {
        self.format = format
        // ZIPFoundation traps on offsets past the end of the data: check them all first.
        self.data = data
        do {
            let structure = try ZipStructure(validating: data, entrySizeLimit: Self.partSizeLimit)
            entries = Dictionary(structure.entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        } catch {
            throw ExtractionFailure(reason: "not a valid \(format) file (\(error.reason))")
        }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw ExtractionFailure(reason: "not a valid \(format) file (it is not a ZIP archive)")
        }
    }

    /// The unzipped part at `path` (no leading "/"), or `nil` if there is none.
    func part(_ path: String) throws(ExtractionFailure) -> Data? {
        guard let entry = archive[path], entry.type == .file else { return nil }
        let tooLarge = ExtractionFailure(
            reason: "\(path) in the \(format) file unzips to more than \(Self.partSizeLimit >> 20) MB")
        guard entry.uncompressedSize <= UInt64(Self.partSizeLimit) else { throw tooLarge }
        var data = Data()
        let consumer: Consumer = { chunk in
            // The declared size can lie; count what actually comes out.
            guard data.count + chunk.count <= Self.partSizeLimit else { throw tooLarge }
            data.append(chunk)
        }
        do {
            if let layout = entries[path], layout.method == 8 {
                guard try inflate(layout, into: consumer) == entry.checksum else { throw CocoaError(.fileReadCorruptFile) }
            } else {
                _ = try archive.extract(entry, consumer: consumer)
            }
        } catch let failure as ExtractionFailure {
            throw failure
        } catch {
            throw ExtractionFailure(reason: "damaged \(format) file (cannot unzip \(path))")
        }
        return data
    }

    /// Inflates a deflated entry from its compressed bytes alone, returning
    /// the CRC-32 of what came out. ZIPFoundation's own reader goes on past
    /// them to the end of the file, and then, on a deflate stream that never
    /// ends, reads nothing forever (a mutated .odt hung the odt fuzz target);
    /// here running out of the entry's bytes is an error.
    private func inflate(_ layout: ZipStructure.Entry, into consumer: Consumer) throws -> CRC32 {
        let start = data.startIndex + layout.dataOffset
        return try Data.decompress(size: Int64(layout.compressedSize), bufferSize: defaultReadChunkSize, skipCRC32: false,
                                   provider: { position, size in
            guard position >= 0, position < Int64(layout.compressedSize) else { throw CocoaError(.fileReadCorruptFile) }
            let from = start + Int(position)
            var chunk = data.subdata(in: from..<min(from + size, start + layout.compressedSize))
            // ZIPFoundation hands zlib `size` bytes whatever the chunk holds: pad the last one. The next
            // call throws, so a stream that has not ended by then fails.
            chunk.append(Data(count: size - chunk.count))
            return chunk
        }, consumer: consumer)
    }

    /// The path of the package's target for a relationship type ending in
    /// `typeSuffix` (such as `/officeDocument`), per `_rels/.rels`.
    func relationshipTarget(endingWith typeSuffix: String) throws(ExtractionFailure) -> String? {
        guard let relationships = try part("_rels/.rels") else { return nil }
        var target: String?
        _ = XMLEventReader.read(relationships, start: { namespace, name, attributes in
            guard target == nil, namespace == WordNamespace.relationships, name == "Relationship",
                  attributes["Type"]?.hasSuffix(typeSuffix) == true, attributes["TargetMode"] != "External",
                  let value = attributes["Target"] else { return }
            target = value.hasPrefix("/") ? String(value.dropFirst()) : value
        })
        return target
    }
}
