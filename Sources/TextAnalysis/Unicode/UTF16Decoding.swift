/// UTF-16 decoding, one scalar at a time, for the passages the index stores
/// as UTF-16.
///
/// A lone surrogate decodes to ``UTF8Decoding/invalid`` with length 1, as an
/// invalid UTF-8 byte does, so that both forms of a text split alike.
///
/// For example: `D840 DC00` → (U+20000, 2); `D840 0041` → (``UTF8Decoding/invalid``, 1), then (U+0041, 1).
package enum UTF16Decoding {
    /// The scalar starting at `index` and its length in code units, or
    /// ``UTF8Decoding/invalid`` and 1 for a lone surrogate.
    @inline(__always)
    package static func scalar(in units: UnsafeBufferPointer<UInt16>, at index: Int) -> (UInt32, Int) {
        let value = UInt32(units[index])
        guard value & 0xF800 == 0xD800 else { return (value, 1) }
        if value < 0xDC00, index + 1 < units.count, units[index + 1] & 0xFC00 == 0xDC00 {
            return (0x10000 + ((value - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00), 2)
        }
        return (UTF8Decoding.invalid, 1)
    }
}
