import TextAnalysis

/// Builds the phrase lists of a load into an empty index while its documents
/// pass on the indexer's worker thread, so the run needs no pass over the
/// passages afterwards: the worker has time to spare while the writer
/// writes (on 200 MB this took 2.3 s off the end of the run).
///
/// The first ``PhraseLists/sampleSize`` passages are the sample the
/// candidate phrases come from — all of them, with the exact threshold, when
/// the load is smaller; then every passage, the sampled ones first, is
/// counted. A phrase that is frequent only in later documents therefore
/// gets no list: FTS5 ranks it, exactly but more slowly, until the next run
/// that changes the index rebuilds the lists from a sample of all passages.
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
                    HanRuns.forEach(inUTF8: utf8, buffer: &buffer) { collector!.count(run: $0) }
                    collector!.endPassage(candidate)
                }
            }
            passages += 1
            if collector == nil, sample.passages >= sampleSize {
                // A phrase in 1/64 of all passages is expected in 1/64 of the sample; half that is enough.
                startCounting(cutoff: max(1, sampleSize / 128))
            }
        }
    }

    /// The counted phrases, for an index of `rows` passages, with the threshold to keep them at.
    func finish(rows: Int) -> (collector: PhraseListCollector, threshold: Int) {
        let threshold = max(1, self.threshold ?? PhraseLists.defaultThreshold(rows: rows))
        // A load smaller than the sample was sampled whole: its counts are exact.
        if collector == nil { startCounting(cutoff: threshold) }
        return (collector!, threshold)
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
