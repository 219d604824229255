import TestSupport
import Foundation

/// Draws Han characters by rank from a Zipf–Mandelbrot law,
/// P(rank k) ∝ 1 / (k + offset)^exponent, as character frequencies in large
/// Chinese collections roughly follow.
///
/// The ranks come from real text: characters of the training corpus in their
/// frequency order, then every other character of the CJK Unified
/// Ideographs block that folding leaves unchanged (simplified or shared
/// forms), in a seeded random order. The default law gives the training
/// corpus's characters about 90% of the draws and leaves a long tail of
/// characters that occur only a few dozen times in 200 MB, as real rare
/// characters do.
struct ZipfSampler {
    /// Characters by rank, most frequent first.
    let ranked: [UInt32]
    private let sampler: WeightedSampler<UInt32>

    init(ranked: [UInt32], exponent: Double = 1.5, offset: Double = 20) {
        self.ranked = ranked
        let weights = ranked.indices.map { index in 1 / pow(Double(index + 1) + offset, exponent) }
        sampler = WeightedSampler(items: ranked, weights: weights)
    }

    /// The ranking described above: `seeded` first, then the rest of the
    /// block's fold-stable characters shuffled by `random`.
    static func ranking(seeded: [UInt32], foldStable: [UInt32], using random: inout SplitMix64) -> [UInt32] {
        let known = Set(seeded)
        var rest = foldStable.filter { !known.contains($0) }
        random.shuffle(&rest)
        return seeded + rest
    }

    func sample(using random: inout SplitMix64) -> UInt32 {
        sampler.sample(using: &random)
    }
}
