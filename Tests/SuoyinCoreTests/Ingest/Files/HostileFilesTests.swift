import Foundation
import Testing
@testable import SuoyinCore

/// Files that used to hang a run, exhaust its memory or vanish without a word:
/// FIFOs, devices, link loops, huge files, binary files and names that are not UTF-8.
/// Each test makes its files in a fresh temporary folder.
@Suite("hostile files")
struct HostileFilesTests {
    /// The files' folder, `d` inside the test's own temporary folder (so it is shown as `d`).
    private let folder: String
    private let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-hostile-\(UUID().uuidString)").path
        folder = root + "/d"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func remove() { try? FileManager.default.removeItem(atPath: root) }

    private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Scans `names` in `d` ("" for `d` itself).
    private func scan(_ names: [String]) -> CorpusScanner.Scan {
        CorpusScanner(normalizer: PathNormalizer(currentFolder: root))
            .scan(names.map { $0.isEmpty ? folder : folder + "/" + $0 })
    }

    @Test("a FIFO is refused at once, named or in a folder, and never opened for reading")
    func fifo() throws {
        defer { remove() }
        #expect(mkfifo(folder + "/x.txt", 0o644) == 0)
        #expect(throws: FileReader.Failure.notRegularFile("a FIFO")) { try FileReader.bytes(at: folder + "/x.txt") }
        let named = scan(["x.txt", ""])
        #expect(named.files.isEmpty)
        #expect(named.diagnostics.map(\.description)
                == ["d/x.txt: warning: a FIFO, not a regular file; skipped", "d/x.txt: warning: a FIFO, not a regular file; skipped"])
    }

    @Test("a symbolic link to /dev/zero is refused unread, named or in a folder")
    func deviceLink() throws {
        defer { remove() }
        #expect(symlink("/dev/zero", folder + "/z.txt") == 0)
        #expect(throws: FileReader.Failure.notRegularFile("a device")) { try FileReader.bytes(at: folder + "/z.txt") }
        #expect(scan(["z.txt", ""]).diagnostics.map(\.description)
                == ["d/z.txt: warning: a device, not a regular file; skipped", "d/z.txt: warning: a device, not a regular file; skipped"])
    }

    @Test("a self-referencing link and a dangling link get a message like other skipped files")
    func links() throws {
        defer { remove() }
        #expect(symlink("self.txt", folder + "/self.txt") == 0)
        #expect(symlink("gone.txt", folder + "/dangling.txt") == 0)
        #expect(symlink("gone.jpg", folder + "/dangling.jpg") == 0)
        #expect(scan([""]).diagnostics.map(\.description) == [
            "d/dangling.txt: warning: symbolic link to a file that does not exist; skipped",
            "d/self.txt: warning: symbolic link that loops back on itself; skipped",
        ])
        #expect(scan(["self.txt", "missing.txt"]).diagnostics.map(\.description) == [
            "d/self.txt: error: symbolic link that loops back on itself; skipped",
            "d/missing.txt: error: does not exist; skipped",
        ])
    }

    @Test("a file over the size limit is refused before it is read; one at the limit is read")
    func sizeLimit() throws {
        defer { remove() }
        let path = try write("big.txt", Array(repeating: 0x61, count: 1 << 20 + 1))
        #expect(throws: FileReader.Failure.tooLarge(limit: 1 << 20)) { try FileReader.bytes(at: path, limit: 1 << 20) }
        #expect(try FileReader.bytes(at: path, limit: 1 << 20 + 1).count == 1 << 20 + 1)
        let loader = DocumentLoader(maximumFileSize: 1 << 20)
        let file = SourceFile(path: "big.txt", absolutePath: path)
        #expect(throws: DocumentLoader.Skip(
            reason: "larger than 1 MB, the size limit (raise it with --max-file-size); skipped")) {
            try loader.load(file, status: try #require(FileStatus(path: path)), knownHash: nil)
        }
    }

    @Test("a binary text file is refused from its first 64 KiB: the prefix check sees no more")
    func binaryPrefix() throws {
        defer { remove() }
        let path = try write("scan.txt", [0x00, 0x01, 0x02] + Array(repeating: 0x41, count: 200_000))
        var seen = 0
        #expect(throws: FileReader.Failure.rejected("binary")) {
            try FileReader.bytes(at: path) { prefix in
                seen = prefix.count
                return "binary"
            }
        }
        #expect(seen == FileReader.prefixLength)
        let file = SourceFile(path: "scan.txt", absolutePath: path)
        #expect(throws: DocumentLoader.Skip(reason: "looks binary: it contains NUL bytes or control characters; skipped")) {
            try DocumentLoader().load(file, status: try #require(FileStatus(path: path)), knownHash: nil)
        }
        // UTF-16 is full of NUL bytes: its byte order mark lets it through to the decoder.
        let utf16 = try write("u.txt", [0xFF, 0xFE] + Array("中文".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let document = try DocumentLoader().load(SourceFile(path: "u.txt", absolutePath: utf16),
                                                 status: try #require(FileStatus(path: utf16)), knownHash: nil)
        #expect(document?.passages.map(\.text) == ["中文"])
    }

    @Test("names that are not UTF-8 are reported with their bytes escaped, not dropped")
    func nonUTF8Names() throws {
        defer { remove() }
        // "caf\xE9.txt" in Latin-1, and a folder "d\xFF".
        var path = Array((folder + "/caf").utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let descriptor = path.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        var folderPath = Array((folder + "/d").utf8) + [0xFF, 0]
        #expect(folderPath.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { mkdir($0.baseAddress!, 0o755) }
        } == 0)
        #expect(scan([""]).diagnostics.map(\.description) == [
            #"d/caf\xE9.txt: warning: file name is not valid UTF-8; rename it to index it; skipped"#,
            #"d/d\xFF: warning: file name is not valid UTF-8; rename it to index it; skipped"#,
        ])
    }
}
