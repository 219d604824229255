/// What a stretch of passages must hold for a query, from which terms it
/// holds: the query without its exclusions (which ``ScopedEvaluation``
/// applies to the whole line), a `NEAR` asking for both its terms (its
/// distance was checked on the line). Terms are numbered in walk order
/// (``QueryPlan/leaves(of:)``).
struct Presence {
    private indirect enum Node {
        case term(Int)
        case all([Node])
        case any([Node])
    }

    private let root: Node

    init(_ expression: QueryExpression) {
        var next = 0
        root = Self.node(expression, next: &next)
    }

    private static func node(_ expression: QueryExpression, next: inout Int) -> Node {
        switch expression {
        case .term:
            defer { next += 1 }
            return .term(next)
        case .near:
            defer { next += 2 }
            return .all([.term(next), .term(next + 1)])
        case .and(let required, let excluded):
            let all = Node.all(required.map { node($0, next: &next) })
            for part in excluded { _ = node(part, next: &next) }
            return all
        case .or(let alternatives):
            return .any(alternatives.map { node($0, next: &next) })
        }
    }

    private func holds(_ node: Node, _ counts: [Int]) -> Bool {
        switch node {
        case .term(let leaf): counts[leaf] > 0
        case .all(let parts): parts.allSatisfy { holds($0, counts) }
        case .any(let parts): parts.contains { holds($0, counts) }
        }
    }

    /// The shortest stretches of consecutive `rows` (a paragraph's passages
    /// that hold a term, in order) that hold the query — none contains
    /// another — given each row's term frequencies. A shortest stretch
    /// starts and ends at a passage with a term, so the passages between
    /// rows need no look. Two pointers: the presence only grows with a
    /// stretch, so each start's shortest end never moves back.
    func shortestWindows(rows: Range<Int>, width: Int, frequency: (Int, Int) -> Int32) -> [ClosedRange<Int>] {
        var counts = [Int](repeating: 0, count: width)
        func add(_ row: Int, _ sign: Int) {
            for term in 0..<width where frequency(row, term) > 0 { counts[term] += sign }
        }
        var windows: [ClosedRange<Int>] = []
        var end = rows.lowerBound  // exclusive
        for start in rows {
            while end < rows.upperBound && !holds(root, counts) {
                add(end, 1)
                end += 1
            }
            guard holds(root, counts) else { break }
            windows.append(start...(end - 1))
            add(start, -1)
        }
        // A stretch is shortest when the next start's stretch ends later.
        return windows.indices.filter { $0 + 1 == windows.count || windows[$0 + 1].upperBound > windows[$0].upperBound }
            .map { windows[$0] }
    }
}
