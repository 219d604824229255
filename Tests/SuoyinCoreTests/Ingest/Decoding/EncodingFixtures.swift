import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Test data for the decoding tests: committed fixture files, an iconv encoder and a seeded
/// random generator. The corpus comes from ``IngestCorpus``.
enum EncodingFixtures {
    /// The bytes of a file in `Tests/SuoyinCoreTests/Fixtures/encodings`.
    static func bytes(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: directory().appendingPathComponent(name)))
    }

    /// A UTF-8 fixture file as text.
    static func text(_ name: String) throws -> String {
        try String(decoding: bytes(name), as: UTF8.self)
    }

    /// `text` encoded with iconv, or nil if some character has no code in that encoding.
    static func encode(_ text: String, as iconvName: String) -> [UInt8]? {
        let descriptor = iconv_open(iconvName, "UTF-8")
        guard Int(bitPattern: descriptor) != -1 else { return nil }
        defer { iconv_close(descriptor) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let written = input.withUnsafeMutableBytes { inBuffer in
            output.withUnsafeMutableBytes { outBuffer -> Int? in
                var inPointer = inBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                guard iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        return written.map { Array(output.prefix($0)) }
    }

    /// The seeded generator random tests use, so failures can be replayed.
    typealias Random = SplitMix64

    /// `Fixtures/encodings` in the nearest folder above this file that has a `Fixtures` folder,
    /// so that tests need no SwiftPM resources and run in a scratch package too.
    private static func directory(filePath: String = #filePath) throws -> URL {
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("Fixtures/encodings")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/encodings (above \(filePath))"])
    }
}
