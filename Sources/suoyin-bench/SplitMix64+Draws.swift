import TestSupport

/// Draws for the corpus generator on top of the seeded SplitMix64.
///
/// Written out rather than taken from the standard library
/// (`Int.random(in:using:)`, `shuffle(using:)`), whose algorithms may change
/// between Swift releases: the corpus must be the same on every build.
extension SplitMix64 {
    /// A uniform draw in `0..<1`, with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform draw in `0..<count` (Lemire's multiply-high; the tiny bias is irrelevant here).
    mutating func below(_ count: Int) -> Int {
        precondition(count > 0, "nothing to draw from")
        return Int(next().multipliedFullWidth(by: UInt64(count)).high)
    }

    /// A uniform draw in `range`.
    mutating func draw(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// Whether an event of probability `probability` happens.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// A uniformly chosen element of a non-empty array.
    mutating func element<T>(of array: [T]) -> T {
        array[below(array.count)]
    }

    /// Fisher–Yates shuffle of `array`.
    mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, below(i + 1))
        }
    }
}
