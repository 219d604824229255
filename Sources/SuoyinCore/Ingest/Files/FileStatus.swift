import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Identifies a file on disk across paths: device and inode.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
}

/// What `stat` says of a path (following symbolic links).
struct FileStatus: Equatable {
    var size: Int64
    /// Modification time in seconds since 1970, with nanoseconds.
    var modified: Double
    var isDirectory: Bool
    var isRegularFile: Bool
    /// The file type bits of `st_mode`.
    var mode: mode_t
    var identity: FileIdentity

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        isDirectory = info.st_mode & S_IFMT == S_IFDIR
        isRegularFile = info.st_mode & S_IFMT == S_IFREG
        mode = info.st_mode & S_IFMT
        identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}

extension FileStatus {
    /// Why `stat` finds nothing at `path`, as a diagnostic's message: a
    /// symbolic link that loops or points nowhere is told from a missing file.
    static func missingReason(path: String) -> String {
        var info = stat()
        guard stat(path, &info) != 0 else { return "cannot be read; skipped" }
        let loops = errno == ELOOP
        if loops { return "symbolic link that loops back on itself; skipped" }
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            return "symbolic link to a file that does not exist; skipped"
        }
        return "does not exist; skipped"
    }
}
