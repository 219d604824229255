/// Finds a byte string in a buffer with Boyer–Moore–Horspool: the text byte
/// under the needle's last byte decides how far the needle may shift, so
/// longer needles skip more of the text. (Glibc's `memmem` is not visible
/// from Swift.)
struct ByteSearch {
    private let needle: [UInt8]
    /// How far to shift when the text byte under the needle's end is `shifts[byte]`.
    private let shifts: [Int]

    /// A search for `needle`, which must not be empty.
    init(_ needle: [UInt8]) {
        precondition(!needle.isEmpty, "an empty needle matches everywhere")
        self.needle = needle
        var shifts = [Int](repeating: needle.count, count: 256)
        for (index, byte) in needle.dropLast().enumerated() { shifts[Int(byte)] = needle.count - 1 - index }
        self.shifts = shifts
    }

    /// The offset of the first occurrence starting at or after `start`, or nil.
    func firstOffset(in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        needle.withUnsafeBufferPointer { needle in
            shifts.withUnsafeBufferPointer { shifts in
                let last = needle.count - 1
                var offset = start
                while offset + last < haystack.count {
                    let byte = haystack[offset + last]
                    if byte == needle[last] {
                        var index = last - 1
                        while index >= 0, haystack[offset + index] == needle[index] { index -= 1 }
                        if index < 0 { return offset }
                    }
                    offset += shifts[Int(byte)]
                }
                return nil
            }
        }
    }
}
