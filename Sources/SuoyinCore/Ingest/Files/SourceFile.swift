/// A file found for indexing: the path to show and cite, and the path to open.
public struct SourceFile: Equatable, Hashable, Sendable {
    /// The path as given at index time, relative when under the current folder.
    public var path: String
    /// The normalized absolute path; identifies the document in the index.
    public var absolutePath: String
}
