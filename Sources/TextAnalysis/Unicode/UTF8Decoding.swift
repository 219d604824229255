/// UTF-8 decoding and encoding, one scalar at a time: the one decoder of the
/// package, for the tokenizer's hot loop and for every other reader of bytes.
///
/// Bytes straight from SQLite or from a file need not be valid UTF-8. An
/// invalid sequence decodes to ``invalid`` with the length of its maximal
/// invalid subpart (Unicode 15, §3.9): the bytes `String(decoding:as:)`
/// replaces with one U+FFFD. The next scalar is therefore found where the
/// standard library finds it, and a caller that steps over the subpart never
/// splits a valid scalar.
///
/// For example: `E4 B8 AD` → (U+4E2D, 3); `E4 B8 41` → (``invalid``, 2), then `41` → (U+0041, 1).
///
/// Public, not `package`: this toolchain inlines `@inlinable` code across
/// modules only when it is public, and SuoyinCore decodes every byte of every
/// file with it.
public enum UTF8Decoding {
    /// Returned for a sequence that is not a valid scalar.
    @inlinable public static var invalid: UInt32 { 0xFFFF_FFFF }

    /// The scalar starting at `index` and its length in bytes, or
    /// ``invalid`` and the length of the maximal invalid subpart there.
    ///
    /// Well-formed sequences are those of Unicode's table 3-7: the lead byte
    /// fixes the length and the range of the second byte (no overlong forms,
    /// no surrogates, nothing above U+10FFFF); later bytes are 80–BF.
    @inlinable @inline(__always)
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        // Most of Chinese text: three bytes led by E1–EC or EE–EF, whose second
        // byte may be any continuation byte. Kept small so that it inlines
        // into the tokenizer's loop; everything else takes the call.
        if lead &- 0xE1 <= 0xEF - 0xE1, lead != 0xED, index + 2 < bytes.count {
            let b1 = UInt32(bytes[index + 1]), b2 = UInt32(bytes[index + 2])
            if b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 {
                return ((lead & 0x0F) << 12 | (b1 & 0x3F) << 6 | b2 & 0x3F, 3)
            }
        }
        return otherScalar(in: bytes, at: index)
    }

    /// ``scalar(in:at:)`` for every lead byte but ASCII.
    @usableFromInline @inline(never)
    static func otherScalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        let count = bytes.count
        /// The payload of the byte at `offset` when it lies in `low...high`.
        @inline(__always) func trail(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> UInt32? {
            guard index + offset < count else { return nil }
            let byte = bytes[index + offset]
            return byte &- low <= high &- low ? UInt32(byte & 0x3F) : nil
        }
        switch lead {
        case 0xC2...0xDF:
            guard let b1 = trail(1) else { return (invalid, 1) }
            return ((lead & 0x1F) << 6 | b1, 2)
        case 0xE0...0xEF:
            guard let b1 = trail(1, lead == 0xE0 ? 0xA0 : 0x80, lead == 0xED ? 0x9F : 0xBF) else { return (invalid, 1) }
            guard let b2 = trail(2) else { return (invalid, 2) }
            return ((lead & 0x0F) << 12 | b1 << 6 | b2, 3)
        case 0xF0...0xF4:
            guard let b1 = trail(1, lead == 0xF0 ? 0x90 : 0x80, lead == 0xF4 ? 0x8F : 0xBF) else { return (invalid, 1) }
            guard let b2 = trail(2) else { return (invalid, 2) }
            guard let b3 = trail(3) else { return (invalid, 3) }
            return ((lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3, 4)
        default:
            return (invalid, 1)
        }
    }

    /// The length of the scalar whose lead byte is `lead`, in valid UTF-8
    /// (a `String`'s own bytes); 1 for a continuation byte.
    @inlinable @inline(__always)
    public static func sequenceLength(lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar starting at `index` of bytes known to be valid UTF-8 (a
    /// `String`'s own, or a decoder's output) and its length, without
    /// checking: a passage splitter's loop over every character of a
    /// document runs at a quarter of the speed with ``scalar(in:at:)``.
    @inlinable @inline(__always)
    public static func validScalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        switch lead {
        case ..<0x80:
            return (lead, 1)
        case ..<0xE0:
            return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        case ..<0xF0:
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        default:
            return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
        }
    }

    /// The number of bytes `value` takes in UTF-8.
    @inlinable @inline(__always)
    public static func encodedLength(_ value: UInt32) -> Int {
        value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
    }

    /// Writes `value` as UTF-8 at `target` (which must have room for 4 bytes).
    @inlinable @inline(__always)
    public static func encode(_ value: UInt32, into target: UnsafeMutablePointer<UInt8>) {
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

    /// The UTF-8 of `scalars`, which must be valid scalar values.
    public static func bytes(of scalars: some Collection<UInt32>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { buffer in
            for value in scalars {
                encode(value, into: buffer.baseAddress!)
                bytes.append(contentsOf: buffer.prefix(encodedLength(value)))
            }
        }
        return bytes
    }
}
