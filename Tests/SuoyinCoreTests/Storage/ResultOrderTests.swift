import Testing
@testable import SuoyinCore

/// ``ResultOrder``, one line per case: score first, then the path bytewise
/// in UTF-8 (not `String`'s order, not UTF-16's), line, column, passage.
@Suite("result order")
struct ResultOrderTests {
    private typealias Place = ResultOrder.Place<String.UTF8View, Int64>

    private static func p(_ path: String, _ line: Int, _ column: Int, _ passage: Int64 = 0) -> Place {
        Place(path: path.utf8, line: line, column: column, passage: passage)
    }

    /// Whether (`bm25`, `a`) comes before (`otherBM25`, `b`).
    private static func first(_ bm25: Double, _ a: Place, _ otherBM25: Double, _ b: Place) -> Bool {
        ResultOrder.precedes(bm25: bm25, a, otherBM25, b)
    }

    @Test("these pairs come in this order")
    func truthTable() {
        #expect(Self.first(-2, Self.p("z.txt", 9, 9), -1, Self.p("a.txt", 1, 1)))      // the better (lower) score wins over the path
        #expect(!Self.first(-1, Self.p("a.txt", 1, 1), -2, Self.p("z.txt", 9, 9)))
        #expect(Self.first(-1, Self.p("a.txt", 9, 9), -1, Self.p("b.txt", 1, 1)))      // equal scores: the path first
        #expect(Self.first(-1, Self.p("docs/国.txt", 1, 1), -1, Self.p("docs/法.txt", 1, 1))) // 国 E5 9B BD < 法 E6 B3 95 (UTF-16LE bytes say the reverse)
        #expect(Self.first(-1, Self.p("a", 5, 1), -1, Self.p("a/b", 1, 1)))            // a prefix comes first
        #expect(Self.first(-1, Self.p("\u{FF01}", 1, 1), -1, Self.p("\u{20000}", 1, 1))) // EF BC 81 < F0 A0 80 80 (UTF-16: D840 < FF01)
        #expect(Self.first(-1, Self.p("e\u{301}", 1, 1), -1, Self.p("\u{E9}", 1, 1)))    // 65 CC 81 < C3 A9, though the two Strings are ==
        #expect(Self.first(-1, Self.p("a", 1, 9), -1, Self.p("a", 2, 1)))              // same path: the line
        #expect(Self.first(-1, Self.p("a", 2, 1), -1, Self.p("a", 2, 7)))              // same line: the column
        #expect(Self.first(-1, Self.p("a", 2, 1, 4), -1, Self.p("a", 2, 1, 5)))        // two documents sharing a path: the passage
        #expect(!Self.first(-1, Self.p("a", 2, 1, 4), -1, Self.p("a", 2, 1, 4)))       // a place does not precede itself
    }

    private static func text(_ result: (Double, Place)) -> String {
        "\(result.0) \(String(decoding: Array(result.1.path), as: UTF8.self)):\(result.1.line):\(result.1.column)/\(result.1.passage)"
    }

    @Test("sorting by it is a strict order: a shuffled list sorts back to the same sequence")
    func sortIsStable() {
        let ordered: [(Double, Place)] = [
            (-3, Self.p("z", 1, 1)), (-1, Self.p("docs/国.txt", 1, 1)), (-1, Self.p("docs/国.txt", 1, 4)), (-1, Self.p("docs/国.txt", 2, 1)),
            (-1, Self.p("docs/法.txt", 1, 1)), (-1, Self.p("docs/法.txt", 1, 1, 7)), (-0.5, Self.p("a", 1, 1)),
        ]
        for rotation in ordered.indices {
            let shuffled = Array(ordered[rotation...] + ordered[..<rotation]).reversed()
            let sorted = shuffled.sorted { ResultOrder.precedes(bm25: $0.0, $0.1, $1.0, $1.1) }
            #expect(sorted.map(Self.text) == ordered.map(Self.text))
        }
    }

    @Test("paths that are not contiguous bytes order as contiguous ones do")
    func nonContiguousPaths() {
        let paths = ["", "a", "a/b", "docs/国.txt", "docs/法.txt", "e\u{301}", "\u{E9}", "\u{FF01}", "\u{20000}"]
        for left in paths {
            for right in paths {
                // A lazy map has no contiguous storage: the byte-by-byte loop decides.
                let lazy = { (path: String) in
                    ResultOrder.Place(path: Array(path.utf8).lazy.map { $0 }, line: 1, column: 1, passage: Int64(0))
                }
                #expect(ResultOrder.precedes(lazy(left), lazy(right)) == ResultOrder.precedes(Self.p(left, 1, 1), Self.p(right, 1, 1)),
                        "\(left) \(right)")
                #expect(ResultOrder.precedes(Self.p(left, 1, 1), Self.p(right, 1, 1)) == Array(left.utf8).lexicographicallyPrecedes(Array(right.utf8)))
            }
        }
    }
}
