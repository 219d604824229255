import TextAnalysis

/// A file read, decoded and split, ready to be written to the index.
struct LoadedDocument: Sendable {
    var file: SourceFile
    var status: FileStatus
    var hash: String
    var title: String
    var encoding: String
    var characters: Int
    var metadata: DocumentMetadata
    var passages: [Passage]
    /// Where each page starts, for documents with pages (PDF).
    var pageLines: PageLines? = nil
    /// Each passage's length in terms (see ``PassageLengths``), counted here
    /// on the worker thread so the writer does not tokenize twice.
    var termCounts: [Int]
    /// Each passage's copy key (``DuplicateKey/stored``), also made here on the worker thread.
    var copyKeys: [Int64?] = []
    /// Problems that did not stop the file from being indexed.
    var warnings: [String] = []

    /// The length in terms of each passage of `passages`.
    static func termCounts(of passages: [Passage]) -> [Int] {
        let tokenizer = BigramTokenizer()
        return passages.map { passage in
            var text = passage.text
            return text.withUTF8 { tokenizer.termCount($0) }
        }
    }
}
