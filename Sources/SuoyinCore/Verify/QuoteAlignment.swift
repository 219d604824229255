/// The best alignment of a quotation's content with any stretch of a
/// window's content: the fewest characters added, dropped or changed
/// (Levenshtein distance), the stretch free to start and end anywhere.
///
/// Dynamic programming over quotation × window, with one byte of traceback
/// a cell: a 200-character quotation against a 1,000-character window is
/// 200,000 cells, well under a millisecond. Among equally good alignments
/// the one ending last wins, and each step prefers, on a tie, equal
/// characters, then a character of the window dropped, then one changed,
/// then one added: `bd` against `abcde` is `b[-c-]d`, not `[-c-]{+b+}d`,
/// and a quotation with nothing in common is all changed, not all added.
struct QuoteAlignment {
    /// One step of the alignment.
    enum Step: UInt8 {
        /// Quotation character `q` is window character `w` (equal after folding).
        case same
        /// Quotation character `q` stands where window character `w` is.
        case changed
        /// Quotation character `q` has no counterpart in the window.
        case added
        /// Window character `w` has no counterpart in the quotation.
        case dropped
    }

    /// The edit distance between the quotation and the stretch.
    private(set) var distance: Int
    /// The stretch: window content indices `start..<end`.
    private(set) var start: Int
    private(set) var end: Int
    /// The steps, in order, each with the quotation and window index it consumes (−1 when none).
    private(set) var steps: [(step: Step, quote: Int, window: Int)]

    /// 1 − distance ÷ the longer of quotation and stretch: 1 when they are equal, 0 when nothing matches.
    var similarity: Double {
        let longer = max(quoteCount, end - start)
        return longer == 0 ? 1 : 1 - Double(distance) / Double(longer)
    }
    private let quoteCount: Int

    /// Aligns `quote` with the best stretch of `window`; nil when either is empty.
    init?(quote: [UInt32], window: [UInt32]) {
        let m = quote.count
        let n = window.count
        guard m > 0, n > 0 else { return nil }
        let width = n + 1
        // Row i holds distances for quote[..<i]; row 0 is all zero: the stretch may start anywhere.
        var previous = [Int32](repeating: 0, count: width)
        var current = [Int32](repeating: 0, count: width)
        var trace = [UInt8](repeating: 0, count: (m + 1) * width)
        for i in 1...m {
            current[0] = Int32(i)
            trace[i * width] = Step.added.rawValue
            let q = quote[i - 1]
            for j in 1...n {
                let diagonal = previous[j - 1] + (q == window[j - 1] ? 0 : 1)
                let up = previous[j] + 1
                let left = current[j - 1] + 1
                // Ties: same, then dropped, then changed, then added (see the type's comment).
                var best = diagonal
                var step: Step = q == window[j - 1] ? .same : .changed
                if left < best || (left == best && step == .changed) { best = left; step = .dropped }
                if up < best { best = up; step = .added }
                current[j] = best
                trace[i * width + j] = step.rawValue
            }
            swap(&previous, &current)
        }
        // `previous` now holds the last row.
        var end = 0
        for j in 1...n where previous[j] <= previous[end] { end = j }
        var steps: [(Step, Int, Int)] = []
        var i = m
        var j = end
        while i > 0 {
            let step = Step(rawValue: trace[i * width + j])!
            switch step {
            case .same, .changed:
                steps.append((step, i - 1, j - 1))
                i -= 1
                j -= 1
            case .added:
                steps.append((step, i - 1, -1))
                i -= 1
            case .dropped:
                steps.append((step, -1, j - 1))
                j -= 1
            }
        }
        distance = Int(previous[end])
        start = j
        self.end = end
        self.steps = steps.reversed().map { (step: $0.0, quote: $0.1, window: $0.2) }
        quoteCount = m
    }

    /// The same alignment with window indices moved by `offset` (aligned against a slice starting there).
    func shifted(by offset: Int) -> QuoteAlignment {
        var copy = self
        copy.start += offset
        copy.end += offset
        copy.steps = steps.map { ($0.step, $0.quote, $0.window < 0 ? -1 : $0.window + offset) }
        return copy
    }
}
