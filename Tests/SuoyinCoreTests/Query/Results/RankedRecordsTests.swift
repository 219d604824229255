import Testing
import TestSupport
@testable import SuoyinCore

/// The last place of a page is found without sorting every match, and is the
/// value a sort would put there.
@Suite("RankedRecords: the k-th smallest score")
struct RankedRecordsTests {
    @Test("equals the sorted array's value at every rank, with and without ties",
          arguments: [(1, 1), (2, 0), (7, 3), (100, 5), (1_000, 1_000), (1_000, 4), (2_500, 40)])
    func matchesSort(count: Int, distinct: Int) {
        var random = SplitMix64(seed: UInt64(count * 31 + distinct))
        let values = (0..<count).map { _ in
            distinct == 0 ? -1.5 : -Double(random.next() % UInt64(max(distinct, 1))) / 7
        }
        let sorted = values.sorted()
        for rank in [1, 2, count / 3, count / 2, count - 1, count] where rank >= 1 && rank <= count {
            #expect(RankedRecords.smallest(rank, of: values) == sorted[rank - 1], "rank \(rank) of \(count)")
        }
    }

    @Test("inputs already in order, in reverse order, or organ-pipe shaped do not defeat it")
    func adversarialOrders() {
        let ascending = (0..<5_000).map(Double.init)
        let shapes = [ascending, Array(ascending.reversed()), ascending.map { Double(Int($0) % 2_500) },
                      (0..<5_000).map { Double($0 < 2_500 ? $0 : 5_000 - $0) }]
        for values in shapes {
            let sorted = values.sorted()
            for rank in [1, 10, 2_500, 5_000] { #expect(RankedRecords.smallest(rank, of: values) == sorted[rank - 1]) }
        }
    }
}
