import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock beside the index file (`FILE.lock`) held while an
/// indexer writes, so two `suoyin index` runs never interleave.
///
/// The kernel drops the lock when the process dies, even by SIGKILL.
final class IndexLock {
    private let descriptor: Int32
    private let lockPath: String

    /// Takes the lock for the index at `indexPath`, or throws
    /// ``SuoyinError/indexBusy(path:)`` when another process holds it.
    ///
    /// The lock file is removed when the lock is released, so no empty file
    /// stays beside the index. A process that opened the file just before it
    /// was removed may then lock a file no longer at that path: it checks,
    /// after locking, that the path still names the file it locked, and
    /// starts again if not.
    init(indexPath: String) throws(SuoyinError) {
        let folder = (indexPath as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        lockPath = indexPath + ".lock"
        while true {
            let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw .database(path: indexPath, operation: "create the lock file '\(lockPath)'",
                                message: String(cString: strerror(errno)))
            }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                close(descriptor)
                throw .indexBusy(path: indexPath)
            }
            if Self.isStillAtPath(descriptor, lockPath) {
                self.descriptor = descriptor
                return
            }
            close(descriptor)
        }
    }

    /// Whether `path` still names the file open as `descriptor`.
    private static func isStillAtPath(_ descriptor: Int32, _ path: String) -> Bool {
        var open = stat()
        var named = stat()
        guard fstat(descriptor, &open) == 0, stat(path, &named) == 0 else { return false }
        return open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    deinit {
        // Removed while still locked, so no other process can lock this file after it is gone.
        unlink(lockPath)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
