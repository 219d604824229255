/// The headings in force at the current line, outermost first.
///
/// A heading closes every open heading of equal or deeper rank, so a `（二）`
/// replaces the `（一）` before it and a `二、` closes both `一、` and its
/// `（一）`. Ranks may skip levels (a `1.` straight under `一、`) without harm.
struct SectionStack {
    private var ranks: [Int] = []
    /// The heading texts; passages share this array's storage until the next change.
    private(set) var path: [String] = []

    /// Closes the headings that `heading` ends; `path` is then the section of
    /// the heading's own line.
    mutating func close(for heading: Heading) {
        while let last = ranks.last, last >= heading.rank {
            ranks.removeLast()
            path.removeLast()
        }
    }

    /// Opens `heading` for the lines after it.
    mutating func open(_ heading: Heading) {
        ranks.append(heading.rank)
        path.append(heading.text)
    }
}
