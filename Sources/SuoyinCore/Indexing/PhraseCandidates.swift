import GRDB
import TextAnalysis

/// Finds the phrases that may be frequent, from a sample of the passages:
/// level by level, the characters, then each phrase one character longer
/// than a frequent one whose last characters are frequent too (a phrase is
/// never in more passages than any part of it).
///
/// The sample is every `stride`-th passage. Its counts scaled up need only
/// reach half the threshold, so a phrase that is truly frequent is missed
/// only if the sample undercounts it by half — at the sizes where sampling
/// starts, dozens of standard deviations. A missed phrase is still found
/// and ranked exactly by FTS5, only more slowly.
enum PhraseCandidates {
    /// Phrases longer than this many characters get no list.
    static let maximumLength = 24

    /// The candidates, as a trie: phrases found in at least `cutoff` of
    /// every `stride`-th passage of the index.
    static func trie(_ db: Database, stride: Int, cutoff: Int) throws -> PhraseTrie {
        var sample = PhraseSample()
        var buffer: [UInt32] = []
        try PassageScan.forEach(db, stride: stride) { _, text in
            HanRuns.forEach(in: text, buffer: &buffer) { sample.add(run: $0) }
            sample.endPassage()
        }
        return trie(sample, cutoff: cutoff)
    }

    /// The candidates, as a trie: phrases found in at least `cutoff` passages of `sample`.
    static func trie(_ sample: PhraseSample, cutoff: Int) -> PhraseTrie {
        let characters = sample.characters
        let runs = sample.runs
        var trie = PhraseTrie()
        // Level 1: characters, counted once per passage.
        var counts = Array(repeating: Int32(0), count: Int(CharacterFolding.tableBound))
        var lastPassage = Array(repeating: Int32(-1), count: Int(CharacterFolding.tableBound))
        for run in runs {
            for index in run.start..<run.end {
                let character = Int(characters[index])
                guard character < counts.count, lastPassage[character] != run.passage else { continue }
                lastPassage[character] = run.passage
                counts[character] += 1
            }
        }
        // `nodes[i]`: the node of the current level's phrase starting at `i`, or −1.
        var nodes = characters.map { character -> Int32 in
            Int(character) < counts.count && counts[Int(character)] >= cutoff ? trie.insert(character, under: -1) : -1
        }
        var length = 1
        while length < maximumLength {
            // Level length + 1: extend each frequent phrase whose suffix is frequent too.
            var extended = PhraseCounter()
            for run in runs where run.end - run.start > length {
                for index in run.start..<(run.end - length) where nodes[index] >= 0 && nodes[index + 1] >= 0 {
                    extended.add(PhraseTrie.key(nodes[index], characters[index + length]), passage: run.passage)
                }
            }
            var next = Array(repeating: Int32(-1), count: characters.count)
            var added = false
            for run in runs where run.end - run.start > length {
                for index in run.start..<(run.end - length) where nodes[index] >= 0 && nodes[index + 1] >= 0 {
                    let character = characters[index + length]
                    guard extended.passages(PhraseTrie.key(nodes[index], character)) >= cutoff else { continue }
                    next[index] = trie.insert(character, under: nodes[index])
                    added = true
                }
            }
            guard added else { break }
            nodes = next
            length += 1
        }
        return trie
    }
}
