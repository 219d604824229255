/// A fast 64-bit content fingerprint (FNV-1a) to tell whether a file changed.
///
/// Not cryptographic: it only has to notice edits, and it runs over every
/// byte of a changed file, so speed matters more than collision resistance.
enum ContentHash {
    static func of(_ bytes: UnsafeRawBufferPointer) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }
}
