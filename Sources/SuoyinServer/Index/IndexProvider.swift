import Foundation
import SuoyinCore

/// The index the server answers from: opened on first use, and opened again
/// whenever the file at its path is another file.
///
/// `suoyin index` commits batches into the same file, and every search is one
/// read transaction, so new batches show without reopening. `suoyin index
/// --rebuild` renames a new file over the old one: the open connection would
/// go on reading the old, unlinked file, so each request compares the path's
/// device and inode with those of the open file (one `stat`) and reopens when
/// they differ. A file that cannot be opened as an index is an error for that
/// request only; the next request tries again.
final class IndexProvider: @unchecked Sendable {
    /// The index file's path, as given.
    let path: String

    // `opened` is guarded by `lock`.
    private let lock = NSLock()
    private var opened: (identity: FileIdentity, database: IndexDatabase)?

    init(path: String) {
        self.path = path
    }

    /// The open index for the file now at ``path``.
    func database() throws(SuoyinError) -> IndexDatabase {
        guard let identity = FileIdentity(path: path) else {
            forget()
            throw .noIndex(path: path)
        }
        lock.lock()
        defer { lock.unlock() }
        if let opened, opened.identity == identity { return opened.database }
        opened = nil
        let database = try IndexDatabase.open(at: path)
        opened = (identity, database)
        return database
    }

    /// Drops the open index (after it failed), so that the next request opens the file again.
    func forget() {
        lock.lock()
        opened = nil
        lock.unlock()
    }
}

/// A file's device and inode: the same path names another file after a rename over it.
struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        // A file that was empty when opened (no index yet) must be looked at again once it has content.
        size = info.st_size == 0 ? 0 : 1
    }
}
