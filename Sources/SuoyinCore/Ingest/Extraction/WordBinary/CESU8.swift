/// Decodes UTF-8 in which a character beyond U+FFFF may also be written as
/// its two UTF-16 surrogates, three bytes each ("CESU-8"), as `catdoc` and
/// `antiword` write them: Chinese extension B characters such as 𠀀 would
/// otherwise become six U+FFFD.
///
/// A surrogate pair `ED A0–AF xx ED B0–BF xx` becomes its character; a lone
/// surrogate and every other invalid sequence become U+FFFD, as in
/// `String(decoding:as:)`.
enum CESU8 {
    /// The text of `bytes`.
    static func decode(_ bytes: [UInt8]) -> String {
        guard bytes.contains(0xED) else { return String(decoding: bytes, as: UTF8.self) }
        var fixed: [UInt8] = []
        fixed.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if index + 6 <= bytes.count, bytes[index] == 0xED, (0xA0...0xAF).contains(bytes[index + 1]),
               isContinuation(bytes[index + 2]), bytes[index + 3] == 0xED, (0xB0...0xBF).contains(bytes[index + 4]),
               isContinuation(bytes[index + 5]) {
                let high = 0xD000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                let low = 0xD000 | UInt32(bytes[index + 4] & 0x3F) << 6 | UInt32(bytes[index + 5] & 0x3F)
                let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                if let scalar = Unicode.Scalar(value) { fixed.append(contentsOf: Array(String(scalar).utf8)) }
                index += 6
            } else {
                fixed.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: fixed, as: UTF8.self)
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
