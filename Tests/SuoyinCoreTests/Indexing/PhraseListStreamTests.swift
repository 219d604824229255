import Foundation
import GRDB
import Testing
@testable import SuoyinCore

/// Phrase lists counted from the stream of documents equal the lists built
/// from the index, phrase for phrase.
@Suite("phrase list stream", .serialized)
struct PhraseListStreamTests {
    /// Streams the documents of `folder`, as loaded for indexing, through a
    /// stream that samples only its first `sampleSize` passages.
    private static func stream(_ folder: String, sampleSize: Int, threshold: Int = CorpusIndex.threshold) throws -> PhraseListStream {
        let stream = PhraseListStream(threshold: threshold, sampleSize: sampleSize)
        let scan = CorpusScanner(normalizer: PathNormalizer()).scan([folder])
        for file in scan.files {
            let status = try #require(FileStatus(path: file.absolutePath))
            let document = try #require(try DocumentLoader().load(file, status: status, knownHash: nil))
            stream.add(document)
        }
        return stream
    }

    private static func streamed(
        _ corpus: CorpusIndex, sampleSize: Int
    ) throws -> (collector: PhraseListCollector, threshold: Int, rows: Int) {
        let rows = try corpus.database.read("test") { db in try IndexTotals(db).rows }
        let (collector, threshold) = try #require(try stream(corpus.corpus.path, sampleSize: sampleSize).finish(rows: rows))
        return (collector, threshold, rows)
    }

    @Test("a phrase frequent only in the later documents of a load makes the stream give way to a count over every passage; spread evenly, it does not")
    func laterPhrase() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, late) in [("spread", false), ("sources", true)] {
            let documents = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
            // 40 one-passage documents; 甲乙丙 in every second one, or only in the last 20 (the second source).
            for number in 0..<40 {
                let holds = late ? number >= 20 : number % 2 == 0
                let text = (holds ? "甲乙丙，" : "") + "第\(number)号文件。\n"
                try Data(text.utf8).write(to: documents.appendingPathComponent(String(format: "doc-%02d.txt", number)))
            }
            let stream = try Self.stream(documents.path, sampleSize: 10, threshold: 8)
            let finished = stream.finish(rows: 40)
            #expect((finished == nil) == late, "\(name)")
            if let (collector, _) = finished {
                // Proposed by the first 10 passages, counted over all 40: in 20 of them.
                var node: Int32 = -1
                for character in "甲乙丙".unicodeScalars { node = try #require(collector.trie.child(node, character.value)) }
                #expect(collector.documentFrequencies[Int(node)] == 20)
            }
        }
    }

    @Test("the Corpus's five reports, each with phrases of its own, sampled by their first 40 or 100 passages: the stream gives way to a count over every passage",
          arguments: [40, 100])
    func reportsOfTheirOwn(sampleSize: Int) throws {
        let corpus = try CorpusIndex.shared(listsCurrent: true)
        let rows = try corpus.database.read("test") { db in try IndexTotals(db).rows }
        #expect(try Self.stream(corpus.corpus.path, sampleSize: sampleSize).finish(rows: rows) == nil)
    }

    @Test("the whole Corpus as the sample, then counted: every streamed entry equals the index's", arguments: [100_000])
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
