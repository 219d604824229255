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

    /// The shortest stretches of `line`'s passages that hold the query —
    /// none contains another — given each passage's term frequencies
    /// (absent: no term). Two pointers: the presence only grows with a
    /// stretch, so each start's shortest end never moves back.
    func shortestWindows(in line: ClosedRange<Int64>, frequencies: [Int64: [Int32]]) -> [ClosedRange<Int64>] {
        guard let width = frequencies.values.first?.count else { return [] }
        var counts = [Int](repeating: 0, count: width)
        func add(_ id: Int64, _ sign: Int) {
            guard let found = frequencies[id] else { return }
            for leaf in 0..<width where found[leaf] > 0 { counts[leaf] += sign }
        }
        var windows: [ClosedRange<Int64>] = []
        var end = line.lowerBound  // exclusive
        for start in line {
            while end <= line.upperBound && !holds(root, counts) {
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
