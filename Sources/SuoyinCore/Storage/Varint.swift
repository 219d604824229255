/// Unsigned LEB128 varints, for the compact blobs of ``PhraseListEntry``.
enum Varint {
    static func append(_ value: Int, to bytes: inout [UInt8]) {
        var remaining = UInt64(value)
        while remaining >= 0x80 {
            bytes.append(UInt8(remaining & 0x7F) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(remaining))
    }

    /// Reads a varint at `offset`, advancing it; nil when the bytes end
    /// first or the value does not fit a non-negative `Int`.
    static func read(_ bytes: UnsafeRawBufferPointer, at offset: inout Int) -> Int? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value <= UInt64(Int.max) ? Int(value) : nil }
            shift += 7
        }
        return nil
    }
}
