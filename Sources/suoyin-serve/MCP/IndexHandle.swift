import Foundation
import SuoyinCore

/// The index a long-running server answers from, reopened when its file is replaced.
///
/// `suoyin index` may run in another process while the server is up. Batches
/// it commits into the same file are seen by the next read (SQLite, and the
/// caches of ``IndexDatabase``, which follow `PRAGMA data_version`); but
/// `--rebuild` puts a new file in place of the old one, and a connection open
/// on the old file would answer from it forever. So each call checks the
/// file's identity (device and inode) and opens the index again when it
/// changed; an index that is missing or unreadable is an error for that call
/// only, and the next call tries again.
final class IndexHandle: @unchecked Sendable {
    /// The index file's path.
    let path: String
    // `open` is guarded by `lock`: tool calls run concurrently.
    private let lock = NSLock()
    private var open: (database: IndexDatabase, identity: FileIdentity)?

    init(path: String) {
        self.path = path
    }

    /// The index as the file now is.
    func database() throws(SuoyinError) -> IndexDatabase {
        lock.lock()
        defer { lock.unlock() }
        let identity = FileIdentity(path: path)
        if let open, let identity, open.identity == identity { return open.database }
        self.open = nil
        let database = try IndexDatabase.open(at: path)
        // The identity read before opening: if the file was replaced in between, the next call reopens.
        if let identity { self.open = (database, identity) }
        return database
    }
}

/// Which file a path names: its device and inode.
struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64

    /// Nil when nothing is at `path`.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
