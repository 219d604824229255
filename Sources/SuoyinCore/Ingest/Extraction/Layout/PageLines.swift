/// Where the pages of a document start in its extracted text, so that a
/// passage's page follows from its line.
///
/// Entry `p - 1` is the first line that begins on page `p` or later (one past
/// the last line when no line does). The entries never decrease, and the
/// page of line `L` is the last page whose entry is at most `L`: a page whose
/// text all continues a paragraph from the page before gets the same entry
/// as the page after it, so lines are never placed on it.
///
/// Stored in the index as the entries joined by commas (`"1,14,30"`).
///
/// For example, paragraphs on lines 1–13 starting on page 1 and a paragraph
/// on line 14 starting on page 2: `PageLines(starts: [1, 14])`; line 14 is on
/// page 2, line 13 on page 1.
public struct PageLines: Equatable, Sendable {
    /// The first line of each page, by page number minus one.
    public var starts: [Int]

    /// Creates page starts from their entries.
    public init(starts: [Int]) {
        self.starts = starts
    }

    /// The page starts of `pageCount` pages whose lines, in order, start on
    /// the pages `linePages` (line 1 on `linePages[0]`).
    public init(pageCount: Int, linePages: [Int]) {
        var starts: [Int] = []
        starts.reserveCapacity(max(pageCount, 0))
        var line = 0
        for page in stride(from: 1, through: pageCount, by: 1) {
            while line < linePages.count, linePages[line] < page { line += 1 }
            starts.append(line + 1)
        }
        self.starts = starts
    }

    /// The entries as stored: joined by commas.
    public var stored: String { starts.map(String.init).joined(separator: ",") }

    /// Page starts read back from their stored form; nil if it is not one.
    public init?(stored: String) {
        var starts: [Int] = []
        for entry in stored.split(separator: ",", omittingEmptySubsequences: false) {
            guard let start = Int(entry), start >= 1, start >= (starts.last ?? 1) else { return nil }
            starts.append(start)
        }
        guard !starts.isEmpty else { return nil }
        self.starts = starts
    }

    /// The 1-based page of 1-based line `line`, or nil if there are no pages.
    public func page(ofLine line: Int) -> Int? {
        // The last entry at most `line`: binary search for the first entry above it.
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= line { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? (starts.isEmpty ? nil : 1) : low
    }
}
