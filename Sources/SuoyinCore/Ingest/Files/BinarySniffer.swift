#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells binary files from text before any decoding is attempted.
///
/// Outside UTF-16, no text encoding Suoyin reads uses the byte 0x00 or the C0 control bytes
/// other than tab, line feed, vertical tab, form feed and carriage return, plus SUB (an old
/// DOS end-of-file mark) and ESC (terminal colours). Lead and trail bytes of GB18030 and
/// Big5 are all 0x30 or above, so this holds for them as for UTF-8.
enum BinarySniffer {
    /// The share of stray control bytes above which a file without NUL is still binary.
    static let maximumControlShare = 0.01

    /// How far stray control bytes are counted. Like file(1), this looks at the start only:
    /// binary formats show their control bytes early, while NUL is searched for everywhere.
    static let controlWindow = 64 * 1024

    /// Whether `bytes` contain a NUL byte.
    static func containsNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, 0, bytes.count) != nil
    }

    /// Whether `bytes` contain a NUL byte, or more than 1% stray control bytes in their first 64 KiB.
    static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if containsNUL(bytes) { return true }
        let window = bytes.prefix(controlWindow)
        var controls = 0
        for byte in window where byte < 0x20 || byte == 0x7F {
            switch byte {
            case 0x09...0x0D, 0x1A, 0x1B: break
            default: controls += 1
            }
        }
        return Double(controls) > Double(window.count) * maximumControlShare
    }
}
