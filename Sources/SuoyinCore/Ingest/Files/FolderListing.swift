import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The names in a folder, read with `readdir` so that names whose bytes are
/// not UTF-8 are seen (Foundation's listing drops them silently) and can be
/// reported.
struct FolderListing {
    /// The names that are UTF-8, sorted.
    private(set) var names: [String] = []
    /// The names that are not, as bytes, sorted bytewise.
    private(set) var undecodableNames: [[UInt8]] = []

    /// Lists `path`; nil when the folder cannot be opened.
    init?(path: String) {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.bindMemory(to: UInt8.self).prefix { $0 != 0 })
            }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            let scan = bytes.withUnsafeBufferPointer { UTF8Scan($0, invalidLimit: 0) }
            if scan.invalid == 0 {
                names.append(String(decoding: bytes, as: UTF8.self))
            } else {
                undecodableNames.append(bytes)
            }
        }
        names.sort()
        undecodableNames.sort { $0.lexicographicallyPrecedes($1) }
    }
}
