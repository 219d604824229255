import Foundation
import SuoyinCore

/// The index the server answers from: opened on first use as a few reading
/// connections (``ReaderPool``), and opened again whenever the file at its
/// path is another file.
///
/// `suoyin index` commits batches into the same file, and every search is one
/// read transaction, so new batches show without reopening. `suoyin index
/// --rebuild` renames a new file over the old one: the open connections would
/// go on reading the old, unlinked file, so each request compares the path's
/// device and inode with those of the open file (one `stat`) and reopens when
/// they differ. A file that cannot be opened as an index is an error for that
/// request only; the next request tries again.
final class IndexProvider: @unchecked Sendable {
    /// The index file's path, as given.
    let path: String
    /// How many searches may read the index at once.
    let readers: Int

    // `opened` and `openings` are guarded by `lock`.
    private let lock = NSLock()
    private var opened: Opened?
    private var openings = 0

    private struct Opened {
        var identity: FileIdentity
        var pool: ReaderPool
        /// Asked for the content generation only: it is never busy with a search.
        var watcher: IndexDatabase
        /// Which opening this is: versions of two openings never compare equal.
        var opening: Int
    }

    /// A state of the index: answers computed at one version hold for as long as it is the current one.
    struct Version: Hashable {
        var opening: Int
        /// The index's content generation (``IndexDatabase/contentGeneration()``).
        var content: Int
    }

    init(path: String, readers: Int = IndexProvider.defaultReaders) {
        self.path = path
        self.readers = max(1, readers)
    }

    /// Two reading connections per core (at least four, at most sixteen).
    /// One per core would use the cores as well, but a quick search would
    /// then wait behind the slow ones that hold every connection — as they
    /// all do right after a commit drops the kept answers; with two per core
    /// it gets its share of a core at once.
    static var defaultReaders: Int { min(16, max(4, 2 * ProcessInfo.processInfo.activeProcessorCount)) }

    /// The current version of the index; ask it before reading (see ``IndexDatabase/contentGeneration()``).
    func version() throws(SuoyinError) -> Version {
        let opened = try current()
        return Version(opening: opened.opening, content: try opened.watcher.contentGeneration())
    }

    /// `body` with one of the index's reading connections, to itself for the
    /// call, run on Dispatch's threads (``Blocking``); while every connection
    /// is lent, the call waits without holding a thread. In the `background`, it runs at a lower priority (``BackgroundSearches``).
    func withDatabase<Value: Sendable>(
        background: Bool = false, _ body: @escaping @Sendable (IndexDatabase) throws(SuoyinError) -> Value
    ) async throws(SuoyinError) -> Value {
        let pool = try await Blocking.run { () throws(SuoyinError) in try self.current().pool }
        let database = await pool.borrow()
        defer { pool.giveBack(database) }
        let work = { @Sendable () throws(SuoyinError) -> Value in try body(database) }
        return background ? try await BackgroundSearches.shared.run(work) : try await Blocking.run(work)
    }

    /// Drops the open index (after it failed), so that the next request opens the file again.
    func forget() {
        lock.lock()
        opened = nil
        lock.unlock()
    }

    /// The open index for the file now at ``path``, opened if need be.
    private func current() throws(SuoyinError) -> Opened {
        guard let identity = FileIdentity(path: path) else {
            forget()
            throw .noIndex(path: path)
        }
        lock.lock()
        defer { lock.unlock() }
        if let opened, opened.identity == identity { return opened }
        opened = nil
        let pool = try ReaderPool(path: path, count: readers)
        let watcher = try IndexDatabase.open(at: path, mapped: false)
        openings += 1
        let fresh = Opened(identity: identity, pool: pool, watcher: watcher, opening: openings)
        opened = fresh
        return fresh
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
