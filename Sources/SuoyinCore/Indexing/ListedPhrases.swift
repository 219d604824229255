import Foundation
import GRDB
import TextAnalysis

/// The phrases that have lists (``PhraseLists``) as a trie to count them
/// in passages, with each one's list key, and the dense phrases among them:
/// what a batch needs to bring the lists up to date with the passages it
/// adds (``PhraseListAddition``) or removes (``PhraseListRemoval``).
struct ListedPhrases {
    let trie: PhraseTrie
    /// The list key of each trie node that has a list (a node may only be a prefix of one).
    let keys: [Int32: Data]
    /// The trie node of each dense phrase, with its key.
    let denseNodes: [(node: Int32, key: Data)]

    /// The listed and the dense phrases of `db`'s index, nil when its lists
    /// are stale (the run counts them again at its end).
    static func current(_ db: Database) throws -> ListedPhrases? {
        try PhraseLists.isCurrent(db) ? ListedPhrases(db) : nil
    }

    /// Reads the listed and the dense phrases of `db`'s index.
    private init(_ db: Database) throws {
        var trie = PhraseTrie()
        var keys: [Int32: Data] = [:]
        for key in try Data.fetchAll(db, sql: "SELECT phrase FROM phrase_lists") {
            var node: Int32 = -1
            for character in String(decoding: key, as: UTF8.self).unicodeScalars {
                node = trie.insert(character.value, under: node)
            }
            if node >= 0 { keys[node] = key }
        }
        let nodesByKey = Dictionary(keys.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        denseNodes = try Data.fetchAll(db, sql: "SELECT phrase FROM dense_frequencies ORDER BY phrase")
            .compactMap { key in nodesByKey[key].map { ($0, key) } }
        self.trie = trie
        self.keys = keys
    }

    /// Counts the Han runs of a passage's `text` into `collector`, whose trie is ``trie`` (`buffer` is reused between calls).
    static func count(_ text: String, into collector: inout PhraseListCollector, buffer: inout [UInt32]) {
        var text = text
        text.withUTF8 { utf8 in
            HanRuns.forEach(inUTF8: utf8, buffer: &buffer) { collector.count(run: $0) }
        }
    }

    /// Rewrites each dense phrase of the index through `change`; a damaged one is dropped (FTS5 then reads it).
    func updateDense(_ db: Database, _ change: (Int, inout DenseFrequencies) -> Void) throws {
        let read = try db.cachedStatement(sql: "SELECT frequencies, exceptions FROM dense_frequencies WHERE phrase = ?")
        let update = try db.cachedStatement(sql: "UPDATE dense_frequencies SET frequencies = ?, exceptions = ? WHERE phrase = ?")
        for (index, dense) in denseNodes.enumerated() {
            guard let row = try Row.fetchOne(read, arguments: [dense.key]),
                  var frequencies = DenseFrequencies(packed: row["frequencies"], exceptions: row["exceptions"])
            else {
                try db.execute(sql: "DELETE FROM dense_frequencies WHERE phrase = ?", arguments: [dense.key])
                continue
            }
            change(index, &frequencies)
            try update.execute(arguments: [Data(frequencies.packed), frequencies.encodedExceptions, dense.key])
        }
    }
}
