/// Folds letters to lower case, one code point at a time.
///
/// ASCII is handled arithmetically; other scripts use Unicode's simple
/// lower-case mapping when it is a single code point (so `İ`, whose lower
/// case is two code points, stays as it is).
enum CaseFolding {
    /// The lower-case form of `codePoint`, or `codePoint` itself.
    static func fold(_ codePoint: UInt32) -> UInt32 {
        if codePoint < 0x80 {
            return (0x41...0x5A).contains(codePoint) ? codePoint + 0x20 : codePoint
        }
        guard let scalar = Unicode.Scalar(codePoint), scalar.properties.changesWhenLowercased else {
            return codePoint
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let only = lower.first else { return codePoint }
        return only.value
    }
}
