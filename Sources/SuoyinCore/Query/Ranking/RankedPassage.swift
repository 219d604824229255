/// A passage id with its BM25 as FTS5 computes it (lower is better).
struct RankedPassage: Equatable {
    var id: Int64
    var bm25: Double
}
