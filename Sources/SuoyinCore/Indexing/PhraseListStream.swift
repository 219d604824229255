import TextAnalysis

/// Builds the phrase lists of a load into an empty index while its documents
/// pass on the indexer's worker thread, so the run needs no pass over the
/// passages afterwards: the worker has time to spare while the writer
/// writes (on 200 MB this took 2.3 s off the end of the run).
///
/// The first ``PhraseLists/sampleSize`` passages are the sample the
/// candidate phrases come from — all of them, with the exact threshold, when
/// the load is smaller; then every passage, the sampled ones first, is
/// counted. A collection loaded source by source (folder by folder) has
/// phrases frequent only in later documents, which that sample misses: so
/// the later passages are sampled too (every `lateStride`-th, the stride
/// doubling to keep at most a sample's worth), and when that sample holds a
/// phrase at the full threshold's share that the first one did not propose,
/// ``finish(rows:)`` gives nothing and the lists are counted again from
/// every passage of the index (``PhraseLists/rebuild(_:threshold:)``).
///
/// Used from one thread at a time: the worker adds, then the writer, once
/// the worker is done, takes the result.
final class PhraseListStream: @unchecked Sendable {
    private let threshold: Int?
    private let sampleSize: Int
    private var sample = PhraseSample()
    private var sampled: [PhraseListCollector.Candidate] = []
    private var paths: [String] = []
    private var collector: PhraseListCollector?
    private var buffer: [UInt32] = []
    /// Every `lateStride`-th passage after the first sample, and how many passages came after it.
    private var late = PhraseSample()
    private var lateStride = 1
    private var latePassages = 0
    /// Passages added so far.
    private(set) var passages = 0

    /// A stream whose lists keep phrases in at least `threshold` passages
    /// (nil: ``PhraseLists/defaultThreshold(rows:)`` of the final count),
    /// taking candidates from the first `sampleSize` passages.
    init(threshold: Int?, sampleSize: Int = PhraseLists.sampleSize) {
        self.threshold = threshold
        self.sampleSize = sampleSize
    }

    /// Adds a document that will be written to the index, in writing order.
    func add(_ document: LoadedDocument) {
        let index = Int32(paths.count)
        paths.append(document.file.path)
        if collector != nil { _ = collector!.addDocument(path: document.file.path) }
        for (ordinal, passage) in document.passages.enumerated() {
            let candidate = PhraseListCollector.Candidate(
                length: Int32(document.termCounts[ordinal]), document: index,
                line: Int32(clamping: passage.line), column: Int32(clamping: passage.column), passage: Int64(ordinal))
            var text = passage.text
            text.withUTF8 { utf8 in
                if collector == nil {
                    HanRuns.forEach(inUTF8: utf8, buffer: &buffer) { sample.add(run: $0) }
                    sample.endPassage()
                    sampled.append(candidate)
                } else {
                    let sampled = latePassages % lateStride == 0
                    HanRuns.forEach(inUTF8: utf8, buffer: &buffer) { run in
                        collector!.count(run: run)
                        if sampled { late.add(run: run) }
                    }
                    collector!.endPassage(candidate)
                    if sampled { late.endPassage() }
                    latePassages += 1
                    if late.passages >= sampleSize {
                        late = late.everySecondPassage()
                        lateStride *= 2
                    }
                }
            }
            passages += 1
            if collector == nil, sample.passages >= sampleSize {
                // A phrase in 1/64 of all passages is expected in 1/64 of the sample; half that is enough.
                startCounting(cutoff: max(1, sampleSize / 128))
            }
        }
    }

    /// The counted phrases, for an index of `rows` passages, with the threshold
    /// to keep them at; nil when the later passages have frequent phrases the
    /// first sample missed.
    func finish(rows: Int) -> (collector: PhraseListCollector, threshold: Int)? {
        let threshold = max(1, self.threshold ?? PhraseLists.defaultThreshold(rows: rows))
        // A load smaller than the sample was sampled whole: its counts are exact.
        guard let collector else {
            startCounting(cutoff: threshold)
            return (self.collector!, threshold)
        }
        // The first sample proposed phrases at half the threshold's share; a later
        // phrase at the full share that it missed is frequent where it was not.
        let missed = PhraseCandidates.trie(late, cutoff: max(1, threshold / lateStride))
        for node in 0..<missed.count where !collector.trie.contains(missed.phrase(of: Int32(node))) { return nil }
        return (collector, threshold)
    }

    /// Builds the candidates from the sample and counts the sampled passages.
    private func startCounting(cutoff: Int) {
        var collector = PhraseListCollector(trie: PhraseCandidates.trie(sample, cutoff: cutoff), depth: PhraseLists.depth)
        for path in paths { _ = collector.addDocument(path: path) }
        sample.forEachPassage { passage, runs in
            runs { collector.count(run: $0) }
            collector.endPassage(sampled[Int(passage)])
        }
        self.collector = collector
        sample = PhraseSample()
        sampled = []
    }
}
