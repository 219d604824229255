import TestSupport

/// Draws items with probabilities proportional to fixed weights: one binary
/// search over cumulative weights per draw.
struct WeightedSampler<Item> {
    let items: [Item]
    private let cumulative: [Double]

    /// A sampler over `items` and their `weights` (non-negative, not all zero).
    init(items: [Item], weights: [Double]) {
        precondition(items.count == weights.count && !items.isEmpty, "one weight per item, at least one item")
        var total = 0.0
        cumulative = weights.map { weight in
            total += weight
            return total
        }
        precondition(total > 0, "weights must not all be zero")
        self.items = items
    }

    /// One draw.
    func sample(using random: inout SplitMix64) -> Item {
        let target = random.unit() * cumulative[cumulative.count - 1]
        // The first index whose cumulative weight exceeds the target.
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return items[low]
    }
}
