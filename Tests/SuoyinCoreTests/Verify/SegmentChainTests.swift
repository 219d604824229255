import Testing
@testable import SuoyinCore

/// Where segments stand in content: every occurrence of one; shortest ordered stretches of several.
@Suite("SegmentChain and QuoteAlignment")
struct SegmentChainTests {
    private func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test("truth table of places", arguments: [
        (["ab"], "xabyab", [[1], [4]]),                  // every occurrence
        (["aa"], "aaa", [[0], [1]]),                     // overlapping too
        (["ab", "cd"], "abxcd", [[0, 3]]),               // in order
        (["cd", "ab"], "abxcd", []),                     // not in reverse order
        (["ab", "cd"], "abxabycd", [[3, 6]]),            // the shortest stretch: the later ab
        (["ab", "cd"], "abcdabcd", [[0, 2], [4, 6]]),    // the next place starts after the first segment
        (["ab", "ab"], "abab", [[0, 2]]),                // segments never overlap
        (["ab", "ab"], "aba", []),
        (["a", "b", "c"], "acbac", [[0, 2, 4]]), // a b c: a at 0, b at 2, c at 4
        (["xyz"], "xy", []),
    ])
    func places(segments: [String], content: String, expected: [[Int]]) {
        #expect(SegmentChain.places(of: segments.map(scalars), in: scalars(content)) == expected)
    }

    @Test("KMP finds every occurrence", arguments: [
        ("aba", "abababa", [0, 2, 4]),
        ("a", "banana", [1, 3, 5]),
        ("nan", "banana", [2]),
        ("x", "", []),
    ])
    func occurrences(pattern: String, text: String, expected: [Int]) {
        #expect(SegmentChain.occurrencesOf(scalars(pattern), in: scalars(text)) == expected)
    }

    @Test("alignment: the stretch, the distance and the steps", arguments: [
        // quote, window, stretch start, end, distance
        ("bcd", "abcde", 1, 4, 0),       // found as it is
        ("bxd", "abcde", 1, 4, 1),       // one changed
        ("bd", "abcde", 1, 4, 1),        // the window has one more: dropped
        ("bccd", "abcde", 1, 4, 1),      // the quotation has one more: added
        ("zzz", "abc", 0, 3, 3),         // nothing in common: all changed
    ])
    func alignment(quote: String, window: String, start: Int, end: Int, distance: Int) throws {
        let alignment = try #require(QuoteAlignment(quote: scalars(quote), window: scalars(window)))
        #expect(alignment.start == start && alignment.end == end && alignment.distance == distance)
        #expect(alignment.similarity == 1 - Double(distance) / Double(max(quote.count, end - start)))
        // Every quotation character is consumed once, in order.
        #expect(alignment.steps.map(\.quote).filter { $0 >= 0 } == Array(0..<quote.count))
    }
}
