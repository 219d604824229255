import Foundation

/// BM25 exactly as FTS5's `bm25()` computes it — same constants, formula
/// and order of operations — so a score computed here equals, bit for bit,
/// the one FTS5 would return for the same row.
///
/// FTS5's value is negative (lower is better); ``score(length:frequencies:)``
/// returns that value, and results show its negation.
struct BM25 {
    static let k1 = 1.2
    static let b = 0.75

    /// The weight of each phrase of the query, in FTS5's phrase order.
    let idfs: [Double]
    /// The average passage length in terms.
    let averageLength: Double

    /// FTS5's inverse document frequency of a phrase found in `hits` of `rows` passages.
    static func idf(rows: Int, hits: Int) -> Double {
        let idf = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
        return idf <= 0.0 ? 1e-6 : idf
    }

    /// FTS5's `bm25()` of a passage of `length` terms in which phrase `i`
    /// occurs `frequencies(i)` times.
    @inline(__always)
    func score(length: Int, frequencies: (Int) -> Int) -> Double {
        let k1 = Self.k1
        let b = Self.b
        let documentLength = Double(length)
        var score = 0.0
        for index in idfs.indices {
            let frequency = Double(frequencies(index))
            score += idfs[index] * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * documentLength / averageLength)))
        }
        return -1.0 * score
    }
}
