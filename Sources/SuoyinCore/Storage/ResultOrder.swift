import Foundation

/// The order of search results, defined here once: best score first (the
/// lowest BM25, as FTS5 reports it), then the document's path compared
/// bytewise in UTF-8, then line, column and passage.
///
/// Bytewise UTF-8 is neither `String`'s `<` (which compares canonically
/// equivalent paths as equal) nor SQLite's BINARY order in this UTF-16le
/// database (the bytes of little-endian UTF-16), so nothing may sort
/// results with either: `国` (E5 9B BD) comes before `法` (E6 B3 95) here,
/// after it in SQLite (FD 56 against D5 6C). The passage breaks the last tie,
/// between documents that share a path (`path` is the path as given, not
/// unique): it is anything that orders passages as their ids do.
///
/// Three parts rely on this one definition and must agree: ``Searcher``
/// orders its results by it; ``PhraseListCollector`` keeps in each bucket
/// the passages that come first by it (shortest first, then this order),
/// and the phrase-list shortcut (``PhraseListRanking``) is exact only
/// because those are the passages the searcher would put first; the tests
/// order FTS5's own ranking by it. It lives in Storage because the lists
/// store passages in this order in the index file.
enum ResultOrder {
    /// Where a passage is, as far as the order needs.
    struct Place<Path: Sequence<UInt8>, Passage: Comparable> {
        /// The document's path in UTF-8.
        var path: Path
        var line: Int
        var column: Int
        /// Orders passages as their ids do (the id itself, usually).
        var passage: Passage
    }

    /// Whether a result with `bm25` at `place` comes before one with `otherBM25` at `other`.
    @inline(__always)
    static func precedes<Path, Passage>(
        bm25: Double, _ place: Place<Path, Passage>, _ otherBM25: Double, _ other: Place<Path, Passage>
    ) -> Bool {
        if bm25 != otherBM25 { return bm25 < otherBM25 }
        return precedes(place, other)
    }

    /// Whether `place` comes before `other` when their scores are equal.
    @inline(__always)
    static func precedes<Path, Passage>(_ place: Place<Path, Passage>, _ other: Place<Path, Passage>) -> Bool {
        switch comparePaths(place.path, other.path) {
        case .less: return true
        case .greater: return false
        case .equal: return (place.line, place.column, place.passage) < (other.line, other.column, other.passage)
        }
    }

    private enum Comparison { case less, equal, greater }

    /// The bytewise order of two UTF-8 paths, in one pass: one `memcmp`
    /// when both are contiguous (native strings, arrays), as they are in the
    /// searcher's sort, where many results share a path.
    @inline(__always)
    private static func comparePaths<Path: Sequence<UInt8>>(_ path: Path, _ other: Path) -> Comparison {
        let contiguous = path.withContiguousStorageIfAvailable { left in
            other.withContiguousStorageIfAvailable { right -> Comparison in
                let common = min(left.count, right.count)
                let result = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
                if result != 0 { return result < 0 ? .less : .greater }
                return left.count == right.count ? .equal : left.count < right.count ? .less : .greater
            }
        }
        if case let order?? = contiguous { return order }
        var left = path.makeIterator()
        var right = other.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return .equal
            case (nil, _): return .less
            case (_, nil): return .greater
            case let (a?, b?) where a != b: return a < b ? .less : .greater
            default: continue
            }
        }
    }
}
