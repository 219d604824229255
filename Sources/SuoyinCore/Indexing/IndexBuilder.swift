import Foundation

/// Runs an indexing job on an index file: takes the lock, then updates the
/// index in place, or with `rebuild` builds a new one beside it and swaps it in.
///
/// A rebuild never touches the old file until the new one is complete, so an
/// interrupted rebuild leaves the old index (or the foreign file the user was
/// warned about) as it was.
public enum IndexBuilder {
    /// Indexes `paths` into the index at `indexPath`, reporting file problems to `report`;
    /// files larger than `maximumFileSize` bytes are skipped unread.
    public static func run(
        indexPath: String, paths: [String], rebuild: Bool, forcedEncoding: TextEncoding? = nil,
        phraseThreshold: Int? = nil, maximumFileSize: Int = Indexer.defaultMaximumFileSize,
        report: @escaping @Sendable (Diagnostic) -> Void,
        progress: @escaping @Sendable (IndexProgress) -> Void = { _ in }
    ) throws(SuoyinError) -> IndexSummary {
        func indexer(_ database: IndexDatabase) -> Indexer {
            Indexer(database: database, forcedEncoding: forcedEncoding, phraseThreshold: phraseThreshold,
                    maximumFileSize: maximumFileSize, report: report, progress: progress)
        }
        let lock = try IndexLock(indexPath: indexPath)
        defer { withExtendedLifetime(lock) {} }
        guard rebuild else {
            let database = try IndexDatabase.openForWriting(at: indexPath)
            let summary = try indexer(database).index(paths)
            database.leaveWriteAheadLog()
            try database.close()
            removeEmptyJournal(of: indexPath)
            return summary
        }
        let temporaryPath = indexPath + ".rebuilding"
        removeDatabaseFiles(at: temporaryPath)
        let database = try IndexDatabase.openForWriting(at: temporaryPath)
        let summary = try indexer(database).index(paths)
        try database.close()
        removeDatabaseFiles(at: indexPath)
        guard rename(temporaryPath, indexPath) == 0 else {
            throw .database(path: indexPath, operation: "replace the index with the rebuilt one",
                            message: String(cString: strerror(errno)))
        }
        return summary
    }

    /// Removes the zero-byte rollback journal a finished run leaves beside the
    /// index (journal mode TRUNCATE empties it rather than deleting it, which
    /// is faster per transaction). Called with the lock held and the index
    /// closed: no writer is using it, and an empty journal is never hot.
    private static func removeEmptyJournal(of path: String) {
        let journal = path + "-journal"
        if let status = FileStatus(path: journal), status.size == 0 { unlink(journal) }
    }

    private static func removeDatabaseFiles(at path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
