/// Keeps, from a stream of scored passages, every one that can be among the
/// best `count` — ties with the last place included, since ties are then
/// ordered by path and line, which the stream does not know.
///
/// A max-heap of the `count` best scores gives the bar a passage must meet;
/// passages that met the bar when they came are kept and filtered once more
/// at the end.
struct TopCollector {
    let count: Int
    private var heap: [Double] = []
    private var kept: [RankedPassage] = []
    /// When `kept` reaches this size it is filtered; doubled when many tie.
    private var pruneAt: Int

    init(count: Int) {
        precondition(count > 0)
        self.count = count
        pruneAt = 4 * count + 64
        heap.reserveCapacity(count)
    }

    /// The score a passage must not exceed to be kept (BM25: lower is better).
    @inline(__always)
    var bar: Double { heap.count < count ? .infinity : heap[0] }

    /// Offers a passage.
    @inline(__always)
    mutating func offer(_ id: Int64, bm25: Double) { offer(RankedPassage(id: id, bm25: bm25)) }

    /// Offers a passage or stretch.
    @inline(__always)
    mutating func offer(_ passage: RankedPassage) {
        let bm25 = passage.bm25
        guard bm25 <= bar else { return }
        kept.append(passage)
        if heap.count < count {
            heap.append(bm25)
            siftUp(heap.count - 1)
        } else if bm25 < heap[0] {
            heap[0] = bm25
            siftDown(0)
        }
        if kept.count >= pruneAt {
            let bar = self.bar
            kept.removeAll { $0.bm25 > bar }
            pruneAt = max(pruneAt, 2 * kept.count)
        }
    }

    /// Every passage kept that can be among the best `count`, unordered.
    var passages: [RankedPassage] {
        let bar = self.bar
        return kept.filter { $0.bm25 <= bar }
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child] > heap[parent] else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            guard left < heap.count else { return }
            var largest = left
            if left + 1 < heap.count, heap[left + 1] > heap[left] { largest = left + 1 }
            guard heap[largest] > heap[parent] else { return }
            heap.swapAt(largest, parent)
            parent = largest
        }
    }
}
