import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads whole files with POSIX calls, so a failure can say why (errno).
enum FileReader {
    /// Why a file could not be read.
    struct Failure: Error { var reason: String }

    /// The file's bytes.
    static func bytes(at path: String) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(reason: reasonForErrno()) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Failure(reason: reasonForErrno()) }
        var bytes = [UInt8]()
        bytes.reserveCapacity(Int(info.st_size) + 1)
        let chunk = 1 << 20
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunk) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: reasonForErrno())
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    private static func reasonForErrno() -> String {
        switch errno {
        case EACCES, EPERM: return "permission denied"
        case ENOENT: return "it disappeared"
        case EISDIR: return "it is a folder"
        default: return String(cString: strerror(errno))
        }
    }
}
