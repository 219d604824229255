import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads whole regular files with POSIX calls, within a size limit, so a
/// failure can say why (errno) and no file can hang or exhaust a run.
///
/// Policies:
/// - The file is opened with `O_NONBLOCK`, so a FIFO (or a device) opens at
///   once instead of waiting for a writer; then `fstat` on the open file
///   (after symbolic links, with no window between check and read) must say
///   it is a regular file: FIFOs, sockets and devices such as `/dev/zero`,
///   which would never end, are refused unread.
/// - A file of more than `limit` bytes is refused before it is read, and
///   reading stops at `limit` bytes whatever the file does meanwhile.
/// - `checkPrefix` sees the first chunk (up to 64 KiB) before the rest is
///   read, so a binary file is refused from its first bytes.
enum FileReader {
    /// Why a file could not be read.
    enum Failure: Error, Equatable {
        /// The system refused (permission denied, gone, …).
        case unreadable(String)
        /// Not a regular file: what it is instead ("a FIFO", "a device", …).
        case notRegularFile(String)
        /// More than `limit` bytes.
        case tooLarge(limit: Int)
        /// `checkPrefix` refused the file; its reason.
        case rejected(String)
    }

    /// The default limit: more than any text document, less than a machine's memory.
    static let defaultLimit = 256 << 20

    /// How many bytes the prefix check sees (``BinarySniffer`` looks at as many).
    static let prefixLength = BinarySniffer.controlWindow

    /// The bytes of the regular file at `path`, at most `limit` of them.
    /// `checkPrefix` gets the first ``prefixLength`` bytes and returns a
    /// reason to refuse the file, or nil to read on.
    static func bytes(
        at path: String, limit: Int = defaultLimit,
        checkPrefix: (UnsafeBufferPointer<UInt8>) -> String? = { _ in nil }
    ) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw .unreadable(reasonForErrno()) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(reasonForErrno()) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile(kind(of: info.st_mode)) }
        guard info.st_size <= limit else { throw .tooLarge(limit: limit) }
        var bytes = [UInt8]()
        bytes.reserveCapacity(Int(info.st_size) + 1)
        var checked = false
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            // The first read is the prefix; later ones stop one byte past the limit.
            let wanted = checked ? min(buffer.count - 1, limit - bytes.count) + 1 : prefixLength
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(reasonForErrno())
            }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > limit { throw .tooLarge(limit: limit) }
            if !checked && (bytes.count >= prefixLength || count == 0) {
                checked = true
                if let reason = bytes.withUnsafeBufferPointer(checkPrefix) { throw .rejected(reason) }
            }
            if count == 0 { break }
        }
        return bytes
    }

    /// What a file that is not regular is, for a message.
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        default: "not a regular file"
        }
    }

    private static func reasonForErrno() -> String {
        switch errno {
        case EACCES, EPERM: return "permission denied"
        case ENOENT: return "it disappeared"
        case EISDIR: return "it is a folder"
        case ELOOP: return "a symbolic link that loops"
        default: return String(cString: strerror(errno))
        }
    }
}
