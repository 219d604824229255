/// A result's passage id with its BM25 as FTS5 computes it (lower is
/// better); for a stretch of one line's passages that only together match
/// (``ScopedEvaluation``), also its last passage.
struct RankedPassage: Equatable {
    var id: Int64
    var bm25: Double
    /// The last passage of the stretch, when the result is several passages of one line.
    var through: Int64? = nil
}
