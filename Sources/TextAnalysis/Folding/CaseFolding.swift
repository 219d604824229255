/// Folds letters to lower case, one code point at a time.
///
/// ASCII is handled arithmetically; other scripts use Unicode's simple
/// lower-case mapping when it is a single code point (so `İ`, whose lower
/// case is two code points, stays as it is). ``CharacterFolding`` applies it
/// only within its case ranges (Latin, Greek, Cyrillic and a few more).
///
/// For example: `G` → `g`, `Σ` → `σ`, `Д` → `д`, `İ` → `İ`.
package enum CaseFolding {
    /// The lower-case form of `codePoint`, or `codePoint` itself.
    package static func fold(_ codePoint: UInt32) -> UInt32 {
        if codePoint < 0x80 { return foldASCII(codePoint) }
        guard let scalar = Unicode.Scalar(codePoint), scalar.properties.changesWhenLowercased else {
            return codePoint
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let only = lower.first else { return codePoint }
        return only.value
    }

    /// `A`–`Z` as `a`–`z`; every other code point as it is.
    @inline(__always)
    package static func foldASCII(_ codePoint: UInt32) -> UInt32 {
        codePoint &- 0x41 < 26 ? codePoint + 0x20 : codePoint
    }
}
