import Foundation

/// The committed fixtures under `Fixtures/extract/`, found by walking up from
/// this source file to the folder that holds `Fixtures` (not SwiftPM resources,
/// so the fixtures stay plain files beside the tests).
enum ExtractFixture {
    /// The URL of the fixture `name` in `Fixtures/extract/`.
    static func url(_ name: String) -> URL {
        var folder = URL(filePath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appending(path: "Fixtures").path) {
            let parent = folder.deletingLastPathComponent()
            precondition(parent != folder, "no Fixtures folder above \(#filePath)")
            folder = parent
        }
        return folder.appending(path: "Fixtures/extract/\(name)")
    }

    /// The bytes of the fixture `name`.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(name)))
    }
}
