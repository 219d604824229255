import Foundation
import Testing
@testable import SuoyinCore

/// Detection on random short slices of the real corpus, where it is hardest: a 4-character
/// GB18030 string often decodes as Big5 without a single error, and the reverse.
@Suite("Detection accuracy on corpus slices")
struct DetectionAccuracyTests {
    static let buckets = [4...9, 10...19, 20...39, 40...60]

    /// Correct decodings per length bucket for `count` slices that `iconvName` can encode.
    func accuracy(
        of label: String, as iconvName: String, texts: [[Unicode.Scalar]], count: Int, seed: UInt64
    ) -> [(right: Int, total: Int)] {
        var random = EncodingFixtures.Random(seed: seed)
        var results = Array(repeating: (right: 0, total: 0), count: Self.buckets.count)
        var made = 0
        while made < count {
            let text = texts.randomElement(using: &random)!
            let length = Int.random(in: 4...60, using: &random)
            let start = Int.random(in: 0..<(text.count - length), using: &random)
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: text[start..<start + length])
            let slice = String(scalars)
            guard let bytes = EncodingFixtures.encode(slice, as: iconvName) else { continue }
            made += 1
            let bucket = Self.buckets.firstIndex { $0.contains(length) }!
            results[bucket].total += 1
            // Right means the exact text back; an all-ASCII slice read as UTF-8 is right too.
            if (try? TextDecoder.decode(bytes))?.text == slice { results[bucket].right += 1 }
        }
        let report = zip(Self.buckets, results).map { bucket, result in
            "\(bucket.lowerBound)–\(bucket.upperBound): \(result.right)/\(result.total)"
        }
        print("\(label) detected right, by slice length:", report.joined(separator: ", "))
        return results
    }

    func corpus() throws -> [String: [Unicode.Scalar]] {
        try Dictionary(uniqueKeysWithValues: IngestCorpus.fileNames.map { name in
            (name, Array(try IngestCorpus.text(name).unicodeScalars))
        })
    }

    @Test("GB18030 slices of 10+ characters are detected at least 95% of the time")
    func gb18030() throws {
        let results = try accuracy(of: "corpus in GB18030", as: "GB18030", texts: Array(corpus().values), count: 200, seed: 2024)
        expectFloors(results)
    }

    @Test("Big5 slices of traditional text of 10+ characters are detected at least 95% of the time")
    func big5() throws {
        let traditional = try #require(corpus()["bayingolin-2021.txt"])
        let results = accuracy(of: "traditional text in Big5", as: "BIG5", texts: [traditional], count: 200, seed: 2025)
        expectFloors(results)
    }

    @Test("traditional text in GB18030 is not mistaken for Big5")
    func traditionalGB18030() throws {
        let traditional = try #require(corpus()["bayingolin-2021.txt"])
        let results = accuracy(of: "traditional text in GB18030", as: "GB18030", texts: [traditional], count: 200, seed: 2026)
        expectFloors(results)
    }

    private func expectFloors(_ results: [(right: Int, total: Int)]) {
        for (bucket, result) in zip(Self.buckets, results) {
            let floor = bucket.lowerBound >= 10 ? 0.95 : 0.85
            #expect(Double(result.right) >= floor * Double(result.total), "slices of \(bucket) characters")
        }
    }
}
