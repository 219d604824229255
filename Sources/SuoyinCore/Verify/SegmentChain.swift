/// Where a quotation's segments stand, in order, in a run of content characters.
///
/// One segment: every occurrence (overlapping ones too). Several (an
/// ellipsis between them): each place is a shortest stretch that holds the
/// segments in order without overlap — found by taking each segment's first
/// occurrence after the one before, then moving every segment but the last
/// as late as it can go — and the next place starts after this one's first
/// segment.
enum SegmentChain {
    /// The places: for each, the start index of every segment in `content`.
    static func places(of segments: [[UInt32]], in content: [UInt32]) -> [[Int]] {
        let occurrences = segments.map { occurrencesOf($0, in: content) }
        guard occurrences.allSatisfy({ !$0.isEmpty }) else { return [] }
        var places: [[Int]] = []
        var firstAfter = 0
        while true {
            // Forward: each segment's first occurrence after the previous one ends.
            var starts: [Int] = []
            var position = firstAfter
            for (index, list) in occurrences.enumerated() {
                guard let found = firstAtOrAfter(position, in: list) else { return places }
                starts.append(found)
                position = found + segments[index].count
            }
            // Backward: every segment but the last as late as it can go.
            for index in stride(from: segments.count - 2, through: 0, by: -1) {
                let limit = starts[index + 1] - segments[index].count
                if let latest = lastAtOrBefore(limit, in: occurrences[index]), latest > starts[index] {
                    starts[index] = latest
                }
            }
            places.append(starts)
            firstAfter = starts[0] + 1
        }
    }

    /// Every start of `pattern` in `text`, by Knuth–Morris–Pratt: linear in both.
    static func occurrencesOf(_ pattern: [UInt32], in text: [UInt32]) -> [Int] {
        guard !pattern.isEmpty, pattern.count <= text.count else { return [] }
        var failure = [Int](repeating: 0, count: pattern.count)
        var k = 0
        for i in 1..<max(1, pattern.count) {
            while k > 0 && pattern[i] != pattern[k] { k = failure[k - 1] }
            if pattern[i] == pattern[k] { k += 1 }
            failure[i] = k
        }
        var found: [Int] = []
        k = 0
        for (i, value) in text.enumerated() {
            while k > 0 && value != pattern[k] { k = failure[k - 1] }
            if value == pattern[k] { k += 1 }
            if k == pattern.count {
                found.append(i - k + 1)
                k = failure[k - 1]
            }
        }
        return found
    }

    private static func firstAtOrAfter(_ value: Int, in sorted: [Int]) -> Int? {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count ? sorted[low] : nil
    }

    private static func lastAtOrBefore(_ value: Int, in sorted: [Int]) -> Int? {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? sorted[low - 1] : nil
    }
}
