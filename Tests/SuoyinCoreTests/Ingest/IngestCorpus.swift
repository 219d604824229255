import Foundation

/// The sample documents in the repository's `Corpus/` folder.
enum IngestCorpus {
    /// Every sample document's file name.
    static let fileNames = [
        "bayingolin-2021.txt", "cixi-2023.txt", "nanxiong-2022.txt", "xishan-2022.txt", "yangxiang-2021.txt",
    ]

    /// The decoded text of `Corpus/<name>`.
    static func text(_ name: String, filePath: String = #filePath) throws -> String {
        try String(contentsOf: folder(filePath: filePath).appendingPathComponent(name), encoding: .utf8)
    }

    /// The nearest `Corpus` folder above this file, so the tests run both in a
    /// scratch package and at `Tests/SuoyinCoreTests/Ingest/` in the repository.
    static func folder(filePath: String = #filePath) throws -> URL {
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("Corpus")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), isFolder.boolValue {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Corpus (above \(filePath))"])
    }
}
