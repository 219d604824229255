/// What one `suoyin index` run did.
public struct IndexSummary: Equatable, Sendable, CustomStringConvertible {
    public var added = 0
    public var updated = 0
    public var removed = 0
    public var unchanged = 0
    public var skipped = 0
    /// Passages written by this run.
    public var passagesWritten = 0
    /// Passages in the index after this run.
    public var totalPassages = 0
    /// Bytes of the files read by this run.
    public var bytesRead = 0
    public var seconds = 0.0
    /// Of `seconds`: writing batches (the worker reads files meanwhile), the
    /// final merge of FTS5's segments, and rebuilding the phrase lists.
    public var writeSeconds = 0.0
    public var mergeSeconds = 0.0
    public var rankingSeconds = 0.0

    public init() {}

    public var description: String {
        func time(_ seconds: Double) -> String { String(format: "%.2f s", seconds) }
        return "\(added) added, \(updated) updated, \(removed) removed, \(unchanged) unchanged, \(skipped) skipped; "
            + "\(passagesWritten) passages written, \(totalPassages) in the index; \(time(seconds)) "
            + "(writing \(time(writeSeconds)), merging \(time(mergeSeconds)), ranking lists \(time(rankingSeconds)))"
    }
}
