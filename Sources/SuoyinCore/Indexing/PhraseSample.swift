/// Sampled passages held in memory as their folded Han runs, for finding
/// the candidate phrases (``PhraseCandidates``) and, when the sample is
/// taken from the indexer's stream, for counting them afterwards.
struct PhraseSample {
    /// The runs' characters, one run after another.
    private(set) var characters: [UInt32] = []
    /// Each run's range in `characters` and the sampled passage it is in.
    private(set) var runs: [(start: Int, end: Int, passage: Int32)] = []
    /// Passages sampled so far.
    private(set) var passages: Int32 = 0

    /// Adds a run of the passage being sampled.
    mutating func add(run: UnsafeBufferPointer<UInt32>) {
        runs.append((characters.count, characters.count + run.count, passages))
        characters.append(contentsOf: run)
    }

    /// Ends the passage being sampled.
    mutating func endPassage() { passages += 1 }

    /// Every second passage of this sample (the first, the third, …), renumbered.
    func everySecondPassage() -> PhraseSample {
        var kept = PhraseSample()
        forEachPassage { passage, runs in
            guard passage % 2 == 0 else { return }
            runs { kept.add(run: $0) }
            kept.endPassage()
        }
        return kept
    }

    /// Calls `body` for each sampled passage with a function that yields its runs.
    func forEachPassage(_ body: (Int32, (_ run: (UnsafeBufferPointer<UInt32>) -> Void) -> Void) -> Void) {
        characters.withUnsafeBufferPointer { all in
            var next = 0
            for passage in 0..<passages {
                var end = next
                while end < runs.count, runs[end].passage == passage { end += 1 }
                let range = next..<end
                body(passage) { yield in
                    for run in runs[range] { yield(UnsafeBufferPointer(rebasing: all[run.start..<run.end])) }
                }
                next = end
            }
        }
    }
}
