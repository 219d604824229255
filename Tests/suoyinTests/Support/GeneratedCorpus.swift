import Foundation

/// A deterministic corpus of many documents made from the lines of `Corpus/`,
/// for tests that need more than five files (crash safety, concurrency).
enum GeneratedCorpus {
    /// Writes `count` documents of about `bytesEach` bytes into `folder`;
    /// document `i` contains the marker `编号<tag><i>号文件` once.
    static func write(count: Int, bytesEach: Int, into folder: URL, seed: UInt64 = 7, tag: String = "") throws {
        let lines = try FileManager.default.contentsOfDirectory(at: CorpusCopy.source, includingPropertiesForKeys: nil)
            .sorted { $0.path < $1.path }
            .flatMap { try String(contentsOf: $0, encoding: .utf8).split(separator: "\n").map(String.init) }
            .filter { !$0.isEmpty }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var state = seed
        for index in 0..<count {
            var text = "第\(index)号报告\n编号\(tag)\(index)号文件\n"
            while text.utf8.count < bytesEach {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += lines[Int(state >> 33) % lines.count] + "\n"
            }
            try text.write(to: folder.appendingPathComponent(String(format: "doc%04d.txt", index)),
                           atomically: true, encoding: .utf8)
        }
    }
}
