/// How far an indexing run has got, for progress displays.
public struct IndexProgress: Sendable {
    /// Files handled so far (indexed, unchanged or skipped).
    public var filesDone: Int
    public var filesTotal: Int
    /// Bytes of the files handled so far, and of all files found.
    public var bytesDone: Int64
    public var bytesTotal: Int64
    /// Seconds since the run started.
    public var seconds: Double
}
