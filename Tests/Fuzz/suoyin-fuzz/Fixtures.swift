import Foundation

/// The repository's committed fixtures, which seed the fuzz targets.
struct Fixtures: Sendable {
    /// The package's root folder (the one with `Package.swift`).
    let root: URL

    /// Finds the package root above this source file, where the program was built from.
    init(filePath: String = #filePath) throws {
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            guard folder.path != "/" else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Package.swift above \(filePath)"])
            }
            folder.deleteLastPathComponent()
        }
        root = folder
    }

    /// The contents of every file in the folder at `path` (relative to the root)
    /// whose name ends in one of `extensions`, sorted by name.
    func files(in path: String, extensions: [String]) throws -> [Data] {
        let folder = root.appendingPathComponent(path)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { name in extensions.contains { name.hasSuffix($0) } }
            .map { try Data(contentsOf: folder.appendingPathComponent($0)) }
    }

    /// The reports in `Corpus/`, decoded.
    func corpusTexts() throws -> [String] {
        try files(in: "Corpus", extensions: [".txt"]).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Pieces of the reports in `Corpus/` of about `length` bytes, cut at line
    /// ends: small inputs that hold headings, dates, numbers and long lines.
    func corpusPieces(length: Int) throws -> [Data] {
        var pieces: [Data] = []
        for text in try corpusTexts() {
            var piece = ""
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if !piece.isEmpty, piece.utf8.count + line.utf8.count > length {
                    pieces.append(Data(piece.utf8))
                    piece = ""
                }
                piece += line + "\n"
            }
            if !piece.isEmpty { pieces.append(Data(piece.utf8)) }
        }
        return pieces
    }
}
