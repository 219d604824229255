import Foundation
import GRDB
import Testing
@testable import SuoyinCore

/// Phrase lists counted from the stream of documents equal the lists built
/// from the index, phrase for phrase.
@Suite("phrase list stream", .serialized)
struct PhraseListStreamTests {
    /// Streams the Corpus's documents, as loaded for indexing, through a
    /// stream that samples only its first `sampleSize` passages.
    private static func streamed(
        _ corpus: CorpusIndex, sampleSize: Int
    ) throws -> (collector: PhraseListCollector, threshold: Int, rows: Int) {
        let stream = PhraseListStream(threshold: CorpusIndex.threshold, sampleSize: sampleSize)
        let scan = CorpusScanner(normalizer: PathNormalizer()).scan([corpus.corpus.path])
        for file in scan.files {
            let status = try #require(FileStatus(path: file.absolutePath))
            let document = try #require(try DocumentLoader().load(file, status: status, knownHash: nil))
            stream.add(document)
        }
        let rows = try corpus.database.read("test") { db in try IndexTotals(db).rows }
        let (collector, threshold) = stream.finish(rows: rows)
        return (collector, threshold, rows)
    }

    @Test("sampling the first passages, then counting all: every streamed entry equals the index's",
          arguments: [40, 100, 100_000])
    func sameEntries(sampleSize: Int) throws {
        let corpus = try CorpusIndex.shared(listsCurrent: true)
        let (collector, threshold, rows) = try Self.streamed(corpus, sampleSize: sampleSize)
        #expect(threshold == CorpusIndex.threshold)
        let firstPassages = try corpus.database.read("test") { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT path, firstPassage FROM documents")
                .map { row -> (String, Int64) in (row["path"], row["firstPassage"]) })
        }
        let scan = CorpusScanner(normalizer: PathNormalizer()).scan([corpus.corpus.path])
        var compared = 0
        try corpus.database.read("test") { db in
            for node in 0..<collector.trie.count where Int(collector.documentFrequencies[node]) >= threshold {
                let phrase = String(String.UnicodeScalarView(
                    collector.trie.phrase(of: Int32(node)).compactMap(Unicode.Scalar.init)))
                let streamed = collector.entry(of: node) { candidate in
                    firstPassages[scan.files[Int(candidate.document)].path]! + candidate.passage
                }
                let stored = try PhraseLists.entry(db, key: Data(phrase.utf8))
                #expect(stored == streamed, "\(phrase)")
                compared += 1
            }
        }
        // The whole Corpus as the sample finds every phrase the index has.
        let stored = try corpus.database.read("test") { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM phrase_lists") }
        if sampleSize >= rows { #expect(compared == stored) } else { #expect(compared > 0 && compared <= stored!) }
    }
}
