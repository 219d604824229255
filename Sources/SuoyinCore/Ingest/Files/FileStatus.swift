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
    var identity: FileIdentity

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        isDirectory = info.st_mode & S_IFMT == S_IFDIR
        isRegularFile = info.st_mode & S_IFMT == S_IFREG
        identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
