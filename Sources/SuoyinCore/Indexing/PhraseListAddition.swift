import Foundation
import GRDB
import TextAnalysis

/// Brings the phrase lists and the dense phrases up to date with a batch
/// that only adds documents, in the batch's own transaction, so that they
/// stay current while a run adds to an index that others search (a search
/// of a frequent phrase without its list takes hundreds of milliseconds at
/// 200 MB, with it a fraction of one).
///
/// The batch's passages are counted against a trie of the listed phrases,
/// as a rebuild counts every passage (``PhraseListCollector``). Each entry
/// then gains the batch's counts, and each bucket keeps the first
/// ``PhraseLists/depth`` of its old passages and the batch's, merged in the
/// order the lists use — shortest first, then ``ResultOrder`` — which are
/// the first of all its passages: the entry is the one a rebuild would
/// store. Added documents are new, so document counts add up too. A dense
/// phrase's frequencies are extended to the new passage ids.
///
/// Which phrases have lists does not change here: a phrase that becomes
/// frequent in the added documents gets one when the lists are counted
/// again (``PhraseLists/isOutgrown(_:rows:)``); until then FTS5 ranks it, as exactly.
struct PhraseListAddition {
    private var collector: PhraseListCollector
    private let listed: ListedPhrases
    /// The batch's (passage id, frequency) of each dense phrase, in the order of ``ListedPhrases/denseNodes``.
    private var denseMatches: [[(id: Int64, frequency: Int)]]
    private var document: Int32 = -1
    private var buffer: [UInt32] = []

    /// Prepares for a batch of the index whose current lists are `listed`.
    init(_ listed: ListedPhrases) {
        self.listed = listed
        denseMatches = Array(repeating: [], count: listed.denseNodes.count)
        collector = PhraseListCollector(trie: listed.trie, depth: PhraseLists.depth)
    }

    /// Starts the next document of the batch; its passages follow.
    mutating func beginDocument(path: String) {
        document = collector.addDocument(path: path)
    }

    /// Counts a passage of the current document, written with `id`, of
    /// `length` terms.
    mutating func add(_ passage: Passage, id: Int64, length: Int) {
        ListedPhrases.count(passage.text, into: &collector, buffer: &buffer)
        for (index, dense) in listed.denseNodes.enumerated() {
            let frequency = collector.pendingFrequency(of: dense.node)
            if frequency > 0 { denseMatches[index].append((id, frequency)) }
        }
        collector.endPassage(PhraseListCollector.Candidate(
            length: Int32(length), document: document, line: Int32(clamping: passage.line),
            column: Int32(clamping: passage.column), passage: id))
    }

    /// Writes the updated entries and dense frequencies.
    func write(_ db: Database) throws {
        let read = try db.cachedStatement(sql: "SELECT df, list, documents FROM phrase_lists WHERE phrase = ?")
        let update = try db.cachedStatement(sql: "UPDATE phrase_lists SET df = ?, list = ?, documents = ? WHERE phrase = ?")
        var places = OldPlaces(try db.cachedStatement(sql: """
            SELECT d.path, p.line, p.column FROM passages p JOIN documents d ON d.id = p.documentId WHERE p.id = ?
            """))
        for (node, key) in listed.keys where collector.documentFrequencies[Int(node)] > 0 {
            guard let row = try Row.fetchOne(read, arguments: [key]),
                  let old = PhraseListEntry(documentFrequency: row["df"], encoded: row["list"]),
                  let entry = try merged(old, node: Int(node), places: &places)
            else {
                // A damaged entry cannot be brought up to date: without it the phrase is ranked by FTS5.
                try db.execute(sql: "DELETE FROM phrase_lists WHERE phrase = ?", arguments: [key])
                continue
            }
            let documents = (row["documents"] as Int?).map { $0 + Int(collector.documentCounts[Int(node)]) }
            try update.execute(arguments: [entry.documentFrequency, entry.encoded, documents, key])
        }
        guard !listed.denseNodes.isEmpty else { return }
        let passages = Int(try Int64.fetchOne(db, sql: "SELECT max(id) FROM passages") ?? 0) + 1
        try listed.updateDense(db) { index, frequencies in frequencies.add(denseMatches[index], passages: passages) }
    }

    /// `old` with the batch's counts of `node`'s phrase added; nil when a
    /// passage it lists is not in the index (a damaged entry).
    private func merged(_ old: PhraseListEntry, node: Int, places: inout OldPlaces) throws -> PhraseListEntry? {
        var buckets = Dictionary(uniqueKeysWithValues: old.buckets.map { ($0.frequency, $0) })
        for added in collector.buckets(of: node) {
            let passages = added.passages.map { candidate in
                (length: Int(candidate.length), id: candidate.passage)
            }
            guard let bucket = buckets[added.frequency] else {
                buckets[added.frequency] = PhraseListEntry.Bucket(
                    frequency: added.frequency, total: added.total, passages: passages)
                continue
            }
            // Two lists each in order: merge them, keeping the first `depth`.
            var first: [(length: Int, id: Int64)] = []
            var (oldIndex, newIndex) = (0, 0)
            while first.count < PhraseLists.depth && (oldIndex < bucket.passages.count || newIndex < passages.count) {
                let takeOld: Bool
                if oldIndex == bucket.passages.count {
                    // After a removal a cut bucket may keep fewer than `depth`; the passages it left out may
                    // come before the batch's, so the merge must end with the old ones to stay a prefix.
                    if bucket.isCut { break }
                    takeOld = false
                } else if newIndex == passages.count {
                    takeOld = true
                } else if bucket.passages[oldIndex].length != passages[newIndex].length {
                    takeOld = bucket.passages[oldIndex].length < passages[newIndex].length
                } else {
                    let candidate = added.passages[newIndex]
                    let new = ResultOrder.Place(path: collector.path(of: candidate), line: Int(candidate.line),
                                                column: Int(candidate.column), passage: candidate.passage)
                    guard let place = try places.place(of: bucket.passages[oldIndex].id) else { return nil }
                    takeOld = ResultOrder.precedes(place, new)
                }
                if takeOld {
                    first.append(bucket.passages[oldIndex])
                    oldIndex += 1
                } else {
                    first.append(passages[newIndex])
                    newIndex += 1
                }
            }
            buckets[added.frequency] = PhraseListEntry.Bucket(
                frequency: added.frequency, total: bucket.total + added.total, passages: first)
        }
        return PhraseListEntry(
            documentFrequency: old.documentFrequency + Int(collector.documentFrequencies[node]),
            buckets: buckets.values.sorted { $0.frequency < $1.frequency })
    }

    /// Where listed passages of the index are, read when a tie needs them
    /// (rarely: the length decides most comparisons), each once a batch.
    private struct OldPlaces {
        let statement: Statement
        var known: [Int64: ResultOrder.Place<[UInt8], Int64>] = [:]

        init(_ statement: Statement) { self.statement = statement }

        mutating func place(of id: Int64) throws -> ResultOrder.Place<[UInt8], Int64>? {
            if let place = known[id] { return place }
            guard let row = try Row.fetchOne(statement, arguments: [id]) else { return nil }
            // Clamped as the collector clamps them, so both sides compare alike.
            let place = ResultOrder.Place(path: Array((row["path"] as String).utf8),
                                          line: Int(Int32(clamping: row["line"] as Int)),
                                          column: Int(Int32(clamping: row["column"] as Int)), passage: id)
            known[id] = place
            return place
        }
    }
}
