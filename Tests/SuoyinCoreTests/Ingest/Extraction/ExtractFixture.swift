import Foundation

/// The committed fixtures under `Fixtures/extract/` (and `Fixtures/formats/`), found by walking up from
/// this source file to the folder that holds `Fixtures` (not SwiftPM resources,
/// so the fixtures stay plain files beside the tests).
enum ExtractFixture {
    /// The URL of the fixture `name` in `Fixtures/<folder>/`.
    static func url(_ name: String, folder: String = "extract") -> URL {
        var directory = URL(filePath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appending(path: "Fixtures").path) {
            let parent = directory.deletingLastPathComponent()
            precondition(parent != directory, "no Fixtures folder above \(#filePath)")
            directory = parent
        }
        return directory.appending(path: "Fixtures/\(folder)/\(name)")
    }

    /// The bytes of the fixture `name` in `Fixtures/<folder>/`.
    static func bytes(_ name: String, folder: String = "extract") throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(name, folder: folder)))
    }
}
