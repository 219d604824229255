/// The positive terms' frequencies in the passages of the units a
/// ``ScopedEvaluation`` found, one row per passage with a term, in id order
/// (so a unit's rows are consecutive): flat arrays, merged from each term's
/// match list, instead of a dictionary of arrays per passage.
struct TermTable {
    /// The passage of each row, ascending.
    private(set) var ids: [Int64] = []
    /// The unit of each row.
    private(set) var units: [Int64] = []
    /// How many terms each row has a frequency for (every term of the plan; excluded ones stay 0).
    let width: Int
    private var frequencies: [Int32] = []

    /// Merges `matches` (per term: ids ascending, frequencies, units) of
    /// the `positive` terms, keeping the rows whose unit is in `satisfied` (ascending).
    init(matches: [(ids: [Int64], frequencies: [Int32], units: [Int64])], positive: [Bool], satisfied: [Int64]) {
        width = matches.count
        var cursors = [Int](repeating: 0, count: matches.count)
        let terms = matches.indices.filter { positive[$0] }
        var satisfiedCursor = 0
        while true {
            // The smallest id any positive term is at.
            var smallest: Int64?
            var unit: Int64 = 0
            for term in terms where cursors[term] < matches[term].ids.count {
                let id = matches[term].ids[cursors[term]]
                if smallest == nil || id < smallest! {
                    smallest = id
                    unit = matches[term].units[cursors[term]]
                }
            }
            guard let id = smallest else { break }
            // Units ascend with ids, so the satisfied ones are passed in order.
            while satisfiedCursor < satisfied.count && satisfied[satisfiedCursor] < unit { satisfiedCursor += 1 }
            let keep = satisfiedCursor < satisfied.count && satisfied[satisfiedCursor] == unit
            if keep {
                ids.append(id)
                units.append(unit)
                frequencies.append(contentsOf: repeatElement(0, count: width))
            }
            let row = frequencies.count - width
            for term in terms where cursors[term] < matches[term].ids.count && matches[term].ids[cursors[term]] == id {
                if keep { frequencies[row + term] += matches[term].frequencies[cursors[term]] }
                cursors[term] += 1
            }
        }
    }

    /// The frequency of `term` in the passage of `row`.
    @inline(__always)
    func frequency(row: Int, term: Int) -> Int32 { frequencies[row * width + term] }
}
