import TextAnalysis

/// Counts the phrases of a ``PhraseTrie`` in passages and keeps, for each
/// phrase and each number of occurrences, the ``PhraseLists/depth``
/// passages that come first for equal scores: shortest, then in
/// ``ResultOrder``.
///
/// Per passage: ``count(run:)`` walks the trie from every character of every
/// run, counting each node reached; ``endPassage(_:)`` offers the passage to
/// the bucket of each phrase it contains. Counting uses flat arrays reset
/// through a list of touched nodes, so nothing is allocated per character.
struct PhraseListCollector {
    /// A passage offered to a bucket. `document` indexes the collector's
    /// paths; `passage` is the passage id, or its ordinal in its document
    /// when the ids are not known yet (see ``PhraseListStream``).
    struct Candidate {
        var length: Int32
        var document: Int32
        var line: Int32
        var column: Int32
        var passage: Int64

        /// Orders passages as their ids do: by document, then `passage`.
        struct PassageOrder: Comparable {
            var document: Int32
            var passage: Int64

            static func < (a: PassageOrder, b: PassageOrder) -> Bool {
                (a.document, a.passage) < (b.document, b.passage)
            }
        }

        var passageOrder: PassageOrder { PassageOrder(document: document, passage: passage) }
    }

    /// A bucket being filled: its best passages so far, and how many it had.
    private struct Bucket {
        var frequency: Int
        var total = 0
        var passages: [Candidate] = []
    }

    let trie: PhraseTrie
    let depth: Int
    /// The UTF-8 path of each document, by the index candidates use.
    private var paths: [[UInt8]] = []
    private var counts: [Int32]
    private var touched: [Int32] = []
    private(set) var documentFrequencies: [Int32]
    /// How many documents hold each phrase: a document's passages come
    /// together, so a phrase is counted again only when its last document changes.
    private(set) var documentCounts: [Int32]
    private var lastDocument: [Int32]
    /// Buckets of frequencies up to ``directFrequencies`` by `node * directFrequencies + frequency − 1`;
    /// indexes into `store`, −1 when not yet made.
    private var direct: [Int32]
    private var other: [Int: Int] = [:]
    private var store: [Bucket] = []
    /// Per bucket of `store`: the length a newcomer must not exceed once the
    /// bucket is full (`Int32.max` before), so most passages are turned away
    /// without touching the bucket.
    private var admitted: [Int32] = []
    private var bucketsOfNode: [[Int32]]
    private static let directFrequencies = 8

    init(trie: PhraseTrie, depth: Int) {
        self.trie = trie
        self.depth = depth
        counts = Array(repeating: 0, count: trie.count)
        documentFrequencies = Array(repeating: 0, count: trie.count)
        documentCounts = Array(repeating: 0, count: trie.count)
        lastDocument = Array(repeating: -1, count: trie.count)
        direct = Array(repeating: -1, count: trie.count * Self.directFrequencies)
        bucketsOfNode = Array(repeating: [], count: trie.count)
    }

    /// Registers a document's path; candidates name it by the index returned.
    mutating func addDocument(path: String) -> Int32 {
        paths.append(Array(path.utf8))
        return Int32(paths.count - 1)
    }

    /// Counts the phrases occurring in one run of the current passage.
    mutating func count(run: UnsafeBufferPointer<UInt32>) {
        let trie = self.trie
        counts.withUnsafeMutableBufferPointer { counts in
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

    /// Ends the current passage: offers it to the bucket of each phrase it contains.
    mutating func endPassage(_ candidate: Candidate) {
        var touched = self.touched
        self.touched = []
        for node in touched {
            let frequency = Int(counts[Int(node)])
            counts[Int(node)] = 0
            documentFrequencies[Int(node)] += 1
            if lastDocument[Int(node)] != candidate.document {
                lastDocument[Int(node)] = candidate.document
                documentCounts[Int(node)] += 1
            }
            offer(candidate, node: Int(node), frequency: frequency)
        }
        touched.removeAll(keepingCapacity: true)
        self.touched = touched
    }

    /// Whether `a` comes before `b` for equal frequencies: shorter first
    /// (it scores better), then in ``ResultOrder``.
    private func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.length != b.length { return a.length < b.length }
        return ResultOrder.precedes(place(of: a), place(of: b))
    }

    /// Where `candidate` is, in result order. Its document's index comes
    /// before its passage because `passage` may be an ordinal within the
    /// document; documents are added in the order of their passages' ids.
    private func place(of candidate: Candidate) -> ResultOrder.Place<[UInt8], Candidate.PassageOrder> {
        ResultOrder.Place(path: paths[Int(candidate.document)], line: Int(candidate.line),
                          column: Int(candidate.column), passage: candidate.passageOrder)
    }

    /// A depth that keeps every passage offered, in the order offered
    /// (``PhraseListRemoval`` needs them all, not the first).
    static let everyPassage = Int.max

    private mutating func offer(_ candidate: Candidate, node: Int, frequency: Int) {
        let index = bucketIndex(node: node, frequency: frequency)
        store[index].total += 1
        if depth == Self.everyPassage { return store[index].passages.append(candidate) }
        guard candidate.length <= admitted[index] else { return }
        if store[index].passages.count == depth {
            guard precedes(candidate, store[index].passages[depth - 1]) else { return }
            store[index].passages.removeLast()
        }
        let position = store[index].passages.firstIndex { precedes(candidate, $0) } ?? store[index].passages.count
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

    /// The entry of `node`'s phrase: its frequency and buckets by frequency;
    /// `id` gives each candidate's passage id.
    func entry(of node: Int, id: (Candidate) -> Int64) -> PhraseListEntry {
        PhraseListEntry(documentFrequency: Int(documentFrequencies[node]), buckets: buckets(of: node).map { bucket in
            PhraseListEntry.Bucket(frequency: bucket.frequency, total: bucket.total,
                                   passages: bucket.passages.map { (Int($0.length), id($0)) })
        })
    }

    /// The buckets of `node`'s phrase by ascending frequency: how many
    /// passages had each frequency, and the first of them, best first.
    func buckets(of node: Int) -> [(frequency: Int, total: Int, passages: [Candidate])] {
        bucketsOfNode[node].map { store[Int($0)] }.sorted { $0.frequency < $1.frequency }
            .map { ($0.frequency, $0.total, $0.passages) }
    }

    /// The UTF-8 path of `candidate`'s document.
    func path(of candidate: Candidate) -> [UInt8] { paths[Int(candidate.document)] }

    /// How often `node`'s phrase occurs in the passage being counted (before
    /// ``endPassage(_:)``).
    func pendingFrequency(of node: Int32) -> Int { Int(counts[Int(node)]) }
}
