/// The lines that differ between two texts, for a failure message a person
/// can read: removed lines marked `-`, added lines `+`, two unchanged lines
/// of context around each change, and the expected file's line numbers.
struct LineDiff: CustomStringConvertible {
    private enum Edit { case same(String), removed(String), added(String) }

    private let edits: [Edit]

    /// Computes the diff (a longest common subsequence of lines; the texts are small).
    init(expected: String, actual: String) {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // common[i][j]: the length of the longest common subsequence of old[i...] and new[j...].
        var common = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var (i, j) = (0, 0)
        while i < old.count || j < new.count {
            if i < old.count && j < new.count && old[i] == new[j] {
                edits.append(.same(old[i]))
                (i, j) = (i + 1, j + 1)
            } else if i < old.count && (j == new.count || common[i + 1][j] >= common[i][j + 1]) {
                // Removals first, so a changed line reads as "- old" then "+ new".
                edits.append(.removed(old[i]))
                i += 1
            } else {
                edits.append(.added(new[j]))
                j += 1
            }
        }
        self.edits = edits
    }

    var description: String {
        let context = 2
        let changed = edits.indices.filter { if case .same = edits[$0] { false } else { true } }
        var output: [String] = []
        var lastShown = -1
        var expectedLine = 0
        var lineAt: [Int] = []
        for edit in edits {
            if case .added = edit {} else { expectedLine += 1 }
            lineAt.append(expectedLine)
        }
        for index in edits.indices where changed.contains(where: { abs($0 - index) <= context }) {
            if index > lastShown + 1 { output.append("@@ line \(lineAt[index]) of the expected file") }
            switch edits[index] {
            case .same(let line): output.append("  " + line)
            case .removed(let line): output.append("- " + line)
            case .added(let line): output.append("+ " + line)
            }
            lastShown = index
        }
        return output.joined(separator: "\n")
    }
}
