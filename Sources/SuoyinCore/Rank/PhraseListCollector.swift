import TextAnalysis

/// Counts the phrases of a ``PhraseTrie`` in every passage and keeps, for
/// each phrase and each number of occurrences, the ``PhraseLists/depth``
/// passages that come first in result order for equal scores.
///
/// Per passage: walk the trie from every character of every run, counting
/// each node reached; then offer the passage to the bucket of each phrase
/// it contains. Counting uses flat arrays reset through a list of touched
/// nodes, so nothing is allocated per character.
struct PhraseListCollector {
    /// A passage offered to a bucket, ordered as results are for equal scores.
    struct Candidate: Comparable {
        var length: Int
        var pathRank: Int
        var line: Int
        var column: Int
        var id: Int64

        static func < (a: Candidate, b: Candidate) -> Bool {
            (a.length, a.pathRank, a.line, a.column, a.id) < (b.length, b.pathRank, b.line, b.column, b.id)
        }
    }

    /// A bucket being filled: its best passages so far, and how many it had.
    private struct Bucket {
        var frequency: Int
        var total = 0
        var passages: [Candidate] = []
    }

    let trie: PhraseTrie
    let depth: Int
    private var counts: [Int32]
    private var touched: [Int32] = []
    private(set) var documentFrequencies: [Int32]
    /// Buckets of frequencies up to ``directFrequencies`` by `node * directFrequencies + frequency − 1`;
    /// indexes into `store`, −1 when not yet made.
    private var direct: [Int32]
    private var other: [Int: Int] = [:]
    private var store: [Bucket] = []
    /// Per bucket of `store`: the length a newcomer must not exceed once the
    /// bucket is full (`Int.max` before), so most passages are turned away
    /// without touching the bucket.
    private var admitted: [Int] = []
    private var bucketsOfNode: [[Int32]]
    private static let directFrequencies = 8
    private var buffer: [UInt32] = []

    init(trie: PhraseTrie, depth: Int) {
        self.trie = trie
        self.depth = depth
        counts = Array(repeating: 0, count: trie.count)
        documentFrequencies = Array(repeating: 0, count: trie.count)
        direct = Array(repeating: -1, count: trie.count * Self.directFrequencies)
        bucketsOfNode = Array(repeating: [], count: trie.count)
    }

    /// Counts the phrases in one passage (UTF-16 text) and offers it to their buckets.
    mutating func add(_ text: UnsafeBufferPointer<UInt16>, candidate: Candidate) {
        let trie = self.trie
        var touched = self.touched
        self.touched = []
        counts.withUnsafeMutableBufferPointer { counts in
            HanRuns.forEach(in: text, buffer: &buffer) { run in
                for start in run.indices {
                    var node: Int32 = -1
                    var index = start
                    while index < run.count, let next = trie.child(node, run[index]) {
                        if counts[Int(next)] == 0 { touched.append(next) }
                        counts[Int(next)] += 1
                        node = next
                        index += 1
                    }
                }
            }
        }
        for node in touched {
            let frequency = Int(counts[Int(node)])
            counts[Int(node)] = 0
            documentFrequencies[Int(node)] += 1
            offer(candidate, node: Int(node), frequency: frequency)
        }
        touched.removeAll(keepingCapacity: true)
        self.touched = touched
    }

    private mutating func offer(_ candidate: Candidate, node: Int, frequency: Int) {
        let index = bucketIndex(node: node, frequency: frequency)
        store[index].total += 1
        guard candidate.length <= admitted[index] else { return }
        if store[index].passages.count == depth {
            guard candidate < store[index].passages[depth - 1] else { return }
            store[index].passages.removeLast()
        }
        let position = store[index].passages.firstIndex { candidate < $0 } ?? store[index].passages.count
        store[index].passages.insert(candidate, at: position)
        if store[index].passages.count == depth { admitted[index] = store[index].passages[depth - 1].length }
    }

    private mutating func bucketIndex(node: Int, frequency: Int) -> Int {
        let slot = node * Self.directFrequencies + frequency - 1
        if frequency <= Self.directFrequencies, direct[slot] >= 0 { return Int(direct[slot]) }
        if frequency > Self.directFrequencies, let index = other[node << 20 | frequency] { return index }
        let index = store.count
        store.append(Bucket(frequency: frequency))
        admitted.append(.max)
        bucketsOfNode[node].append(Int32(index))
        if frequency <= Self.directFrequencies { direct[slot] = Int32(index) } else { other[node << 20 | frequency] = index }
        return index
    }

    /// The entry of `node`'s phrase: its frequency and buckets by frequency.
    func entry(of node: Int) -> PhraseListEntry {
        let buckets = bucketsOfNode[node].map { store[Int($0)] }.sorted { $0.frequency < $1.frequency }
        return PhraseListEntry(documentFrequency: Int(documentFrequencies[node]), buckets: buckets.map { bucket in
            PhraseListEntry.Bucket(frequency: bucket.frequency, total: bucket.total,
                                   passages: bucket.passages.map { ($0.length, $0.id) })
        })
    }
}
