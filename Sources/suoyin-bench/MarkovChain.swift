import TestSupport

/// A first-order character Markov chain: which Han character follows which
/// in the training text, and how often.
///
/// It gives generated text the local structure of real reports (words such
/// as 法治 and 政府 come out whole) while the Zipf draws it is mixed with
/// bring in the variety that a small training corpus lacks.
struct MarkovChain {
    private var successors: [UInt32: WeightedSampler<UInt32>] = [:]

    /// Learns from runs of folded Han characters; bigrams never cross runs.
    init(runs: [[UInt32]]) {
        var counts: [UInt32: [UInt32: Int]] = [:]
        for run in runs where run.count > 1 {
            for (first, second) in zip(run, run.dropFirst()) {
                counts[first, default: [:]][second, default: 0] += 1
            }
        }
        for (character, followers) in counts {
            // Sorted so that the sampler, and thus the corpus, is the same on every run.
            let sorted = followers.sorted { $0.key < $1.key }
            successors[character] = WeightedSampler(items: sorted.map(\.key), weights: sorted.map { Double($0.value) })
        }
    }

    /// A character that followed `character` in training, or nil when none did.
    func next(after character: UInt32, using random: inout SplitMix64) -> UInt32? {
        successors[character]?.sample(using: &random)
    }
}
