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
    /// Problems that did not stop the file from being indexed.
    var warnings: [String] = []
}
