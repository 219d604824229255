/// Minimal UTF-8 decoding and encoding for the tokenizer's hot loop.
///
/// The tokenizer sees bytes straight from SQLite, which need not be valid
/// UTF-8; an invalid byte decodes to ``invalid`` with length 1 so that the
/// caller can step over it.
enum UTF8Decoding {
    /// Returned for a byte that does not start a valid scalar.
    static let invalid: UInt32 = 0xFFFF_FFFF

    /// The scalar starting at `index` and its length in bytes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        let remaining = bytes.count - index
        @inline(__always) func continuation(_ offset: Int) -> UInt32? {
            let byte = bytes[index + offset]
            return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
        }
        switch lead {
        case 0xC2...0xDF where remaining >= 2:
            guard let b1 = continuation(1) else { break }
            return ((lead & 0x1F) << 6 | b1, 2)
        case 0xE0...0xEF where remaining >= 3:
            guard let b1 = continuation(1), let b2 = continuation(2) else { break }
            let value = (lead & 0x0F) << 12 | b1 << 6 | b2
            guard value >= 0x800, !(0xD800...0xDFFF).contains(value) else { break }
            return (value, 3)
        case 0xF0...0xF4 where remaining >= 4:
            guard let b1 = continuation(1), let b2 = continuation(2), let b3 = continuation(3) else { break }
            let value = (lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3
            guard value >= 0x10000, value <= 0x10FFFF else { break }
            return (value, 4)
        default:
            break
        }
        return (invalid, 1)
    }

    /// The number of bytes `value` takes in UTF-8.
    @inline(__always)
    static func encodedLength(_ value: UInt32) -> Int {
        value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
    }

    /// Writes `value` as UTF-8 at `target` (which must have room for 4 bytes).
    @inline(__always)
    static func encode(_ value: UInt32, into target: UnsafeMutablePointer<UInt8>) {
        switch value {
        case ..<0x80:
            target[0] = UInt8(value)
        case ..<0x800:
            target[0] = UInt8(0xC0 | value >> 6)
            target[1] = UInt8(0x80 | value & 0x3F)
        case ..<0x10000:
            target[0] = UInt8(0xE0 | value >> 12)
            target[1] = UInt8(0x80 | (value >> 6) & 0x3F)
            target[2] = UInt8(0x80 | value & 0x3F)
        default:
            target[0] = UInt8(0xF0 | value >> 18)
            target[1] = UInt8(0x80 | (value >> 12) & 0x3F)
            target[2] = UInt8(0x80 | (value >> 6) & 0x3F)
            target[3] = UInt8(0x80 | value & 0x3F)
        }
    }
}
