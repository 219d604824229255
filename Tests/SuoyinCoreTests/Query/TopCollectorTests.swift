import Testing
import TestSupport
@testable import SuoyinCore

/// A `TopCollector(count: k)` keeps exactly the passages whose score is at
/// most the k-th smallest of the stream — all of them when the stream is
/// shorter — ties with the k-th included, whatever the order they come in.
@Suite("TopCollector")
struct TopCollectorTests {
    /// The passages a collector of `count` keeps from `stream`, sorted by id.
    private static func collected(_ count: Int, _ stream: [RankedPassage]) -> [RankedPassage] {
        var collector = TopCollector(count: count)
        for passage in stream { collector.offer(passage.id, bm25: passage.bm25) }
        return collector.passages.sorted { $0.id < $1.id }
    }

    /// What it should keep: every passage scoring at most the `count`-th smallest score.
    private static func expected(_ count: Int, _ stream: [RankedPassage]) -> [RankedPassage] {
        guard stream.count > count else { return stream.sorted { $0.id < $1.id } }
        let bar = stream.map(\.bm25).sorted()[count - 1]
        return stream.filter { $0.bm25 <= bar }.sorted { $0.id < $1.id }
    }

    @Test("random scores with many ties", arguments: [1, 3, 10], [0, 5, 1000])
    func randomStreams(count: Int, length: Int) {
        var random = SplitMix64(seed: UInt64(1000 * count + length))
        // Few distinct scores, so most passages tie with others.
        let scores = (0..<12).map { -Double($0) * 0.25 - 1 }
        let stream = (0..<length).map { RankedPassage(id: Int64($0), bm25: scores.randomElement(using: &random)!) }
        let kept = Self.collected(count, stream)
        #expect(kept == Self.expected(count, stream))
        #expect(kept.count >= min(count, length))
    }

    @Test("a long stream in which everything ties keeps everything")
    func allTied() {
        let stream = (0..<1000).map { RankedPassage(id: Int64($0), bm25: -2.5) }
        #expect(Self.collected(3, stream) == stream)
    }

    @Test("these small streams keep these passages")
    func truthTable() {
        func kept(_ count: Int, _ scores: [Double]) -> [Int64] {
            Self.collected(count, scores.enumerated().map { RankedPassage(id: Int64($0.offset), bm25: $0.element) }).map(\.id)
        }
        #expect(kept(1, []) == [])
        #expect(kept(1, [-1]) == [0])
        #expect(kept(1, [-1, -3, -2]) == [1])           // the best is the lowest
        #expect(kept(1, [-3, -1, -3]) == [0, 2])        // a tie for first: both
        #expect(kept(2, [-1, -2, -3, -2]) == [1, 2, 3]) // the second place is shared
        #expect(kept(3, [-1, -2]) == [0, 1])            // fewer than asked: all
        #expect(kept(2, [-5, -4, -3, -2, -1]) == [0, 1])
        #expect(kept(2, [-1, -2, -3, -4, -5]) == [3, 4]) // improving stream: earlier bars are replaced
    }

    @Test("ties survive the pruning of a stream much longer than the count")
    func pruning() {
        // The early passages meet a bar that later ones lower; ties at the final bar come first and last.
        var stream = [RankedPassage(id: 0, bm25: -5)]
        stream += (1..<500).map { RankedPassage(id: Int64($0), bm25: -1 - Double($0 % 3)) }
        stream += [RankedPassage(id: 500, bm25: -5), RankedPassage(id: 501, bm25: -9)]
        #expect(Self.collected(2, stream).map(\.id) == [0, 500, 501])
        #expect(Self.collected(4, stream).map(\.id).count == 3 + 166)
    }
}
