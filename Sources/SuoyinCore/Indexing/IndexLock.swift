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

    /// Takes the lock for the index at `indexPath`, or throws
    /// ``SuoyinError/indexBusy(path:)`` when another process holds it.
    init(indexPath: String) throws(SuoyinError) {
        let folder = (indexPath as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        descriptor = open(indexPath + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .database(path: indexPath, operation: "create the lock file '\(indexPath).lock'",
                            message: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .indexBusy(path: indexPath)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
