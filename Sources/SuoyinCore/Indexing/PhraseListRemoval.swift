import Foundation
import GRDB
import TextAnalysis

/// Brings the phrase lists and the dense phrases up to date with documents
/// a batch removes (a file deleted, or replaced by a new version), in the
/// batch's own transaction, so that updating one file of a large collection
/// does not count every passage again (6 s at 200 MB, growing with the
/// index) and searches meanwhile keep their shortcuts.
///
/// The removed passages are counted against the trie of listed phrases, as
/// additions are (``PhraseListAddition``); each entry then loses their
/// counts (passages, documents, each bucket's total) and their places in its
/// buckets. What a bucket keeps stays the first of its remaining passages in
/// list order — passages were only taken out — though perhaps fewer than
/// ``PhraseLists/depth``: ``PhraseListRanking`` proves its answer from
/// whatever each bucket keeps (a left-out passage scores no better than the
/// last one kept) and declines to FTS5 when it cannot. A bucket that loses
/// every passage it kept while others remain cannot give that bound, and a
/// removal of more than ``largestCounted`` passages would hold too much in
/// memory: then the lists are marked stale and the run counts them again,
/// as before.
struct PhraseListRemoval {
    /// Beyond this many removed passages in one transaction, the lists are counted again instead.
    static let largestCounted = 5_000

    private var collector: PhraseListCollector
    private let listed: ListedPhrases
    private var removed: [Int64] = []
    private var buffer: [UInt32] = []
    private var document: Int32 = -1

    /// Prepares for a batch of the index whose current lists are `listed`.
    init(_ listed: ListedPhrases) {
        self.listed = listed
        collector = PhraseListCollector(trie: listed.trie, depth: PhraseListCollector.everyPassage)
    }

    /// Whether the removals so far can be applied (see ``largestCounted``).
    var isCounted: Bool { removed.count <= Self.largestCounted }

    /// Starts the next removed document; its passages follow.
    mutating func beginDocument(path: String) {
        document = collector.addDocument(path: path)
    }

    /// Counts a passage of the current document, about to be removed.
    mutating func remove(text: String, id: Int64) {
        removed.append(id)
        guard isCounted else { return }
        ListedPhrases.count(text, into: &collector, buffer: &buffer)
        collector.endPassage(PhraseListCollector.Candidate(length: 0, document: document, line: 0, column: 0, passage: id))
    }

    /// Takes the removed passages out of the lists and the dense phrases;
    /// false when the lists could not be kept exact (the caller marks them stale).
    func apply(_ db: Database) throws -> Bool {
        guard !removed.isEmpty else { return true }
        guard isCounted else { return false }
        let read = try db.cachedStatement(sql: "SELECT df, list, documents FROM phrase_lists WHERE phrase = ?")
        let update = try db.cachedStatement(sql: "UPDATE phrase_lists SET df = ?, list = ?, documents = ? WHERE phrase = ?")
        for (node, key) in listed.keys where collector.documentFrequencies[Int(node)] > 0 {
            guard let row = try Row.fetchOne(read, arguments: [key]),
                  let old = PhraseListEntry(documentFrequency: row["df"], encoded: row["list"]),
                  let entry = reduced(old, node: Int(node))
            else { return false }
            let documents = (row["documents"] as Int?).map { $0 - Int(collector.documentCounts[Int(node)]) }
            try update.execute(arguments: [entry.documentFrequency, entry.encoded, documents, key])
        }
        try listed.updateDense(db) { _, frequencies in frequencies.remove(removed) }
        return true
    }

    /// `old` without the removed passages of `node`'s phrase; nil when a
    /// bucket would keep no passage but still have some.
    private func reduced(_ old: PhraseListEntry, node: Int) -> PhraseListEntry? {
        var buckets = Dictionary(uniqueKeysWithValues: old.buckets.map { ($0.frequency, $0) })
        for gone in collector.buckets(of: node) {
            // A bucket the entry does not have, or has fewer passages in than are removed, is not the index's.
            guard var bucket = buckets[gone.frequency], bucket.total >= gone.total else { return nil }
            let ids = Set(gone.passages.map(\.passage))
            bucket.total -= gone.total
            bucket.passages.removeAll { ids.contains($0.id) }
            if bucket.total == 0 {
                buckets[gone.frequency] = nil
            } else if bucket.passages.isEmpty {
                return nil
            } else {
                buckets[gone.frequency] = bucket
            }
        }
        return PhraseListEntry(
            documentFrequency: old.documentFrequency - Int(collector.documentFrequencies[node]),
            buckets: buckets.values.sorted { $0.frequency < $1.frequency })
    }
}
