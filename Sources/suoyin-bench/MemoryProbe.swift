import Foundation

/// Reads this process's resident memory from `/proc/self/status` (Linux).
///
/// The peak (VmHWM) is process-wide, so the benchmark resets it before each
/// phase it measures: writing `5` to `/proc/self/clear_refs` sets the peak
/// back to the current resident size (Linux 4.0 and later).
enum MemoryProbe {
    /// The peak resident size since start or the last reset, in bytes.
    static var peakBytes: Int? { field("VmHWM:") }

    /// The current resident size, in bytes.
    static var currentBytes: Int? { field("VmRSS:") }

    /// Sets the peak back to the current resident size; false when the kernel does not allow it.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    private static func field(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }),
              let kilobytes = Int(line.dropFirst(name.count).trimmingCharacters(in: .whitespaces).split(separator: " ")[0])
        else { return nil }
        return kilobytes * 1024
    }
}
