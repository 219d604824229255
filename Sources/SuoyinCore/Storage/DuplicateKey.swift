import TextAnalysis

/// What makes two passages copies of one another: the same text after
/// folding (``CharacterFolding``: script, width, case), ignoring white space
/// and punctuation. A notice reposted in traditional script, or with
/// full-width commas, has the key of the original.
///
/// For example, `DuplicateKey("依法行政，建設法治政府。") == DuplicateKey("依法行政, 建设法治政府")`.
/// It lives in Storage because both sides use it: the writer stores each
/// passage's key, the searcher finds copies by it (``CopyFinder``).
struct DuplicateKey: Hashable {
    let text: String

    init(_ passage: String) {
        // Folded and filtered in one pass, one scalar at a time (the fold is per code point):
        // every passage of a load gets a key, and a page of a thousand results folds each copy.
        var kept = String.UnicodeScalarView()
        for scalar in passage.unicodeScalars {
            let folded = Unicode.Scalar(CharacterFolding.fold(scalar.value)) ?? scalar
            if !Self.isIgnored(folded) { kept.append(folded) }
        }
        text = String(kept)
    }

    /// Whether a passage with this key has nothing a copy could share.
    var isEmpty: Bool { text.isEmpty }

    /// The key as stored with each passage (`passages.copyKey`, indexed), so
    /// a passage's copies are one index lookup: a 64-bit FNV-1a hash of the
    /// key's UTF-8, nil for an empty key. Equal hashes are candidates, whose
    /// keys are then compared.
    var stored: Int64? {
        guard !isEmpty else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return Int64(bitPattern: hash)
    }

    /// Whether `scalar` is left out of keys: punctuation, separators, controls,
    /// format characters and white space. Han ideographs and ASCII, most of
    /// any passage, are answered without Unicode's property tables.
    @inline(__always)
    static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if Self.ideographs.contains(value) { return false }
        if value < 0x80 { return asciiIgnored[Int(value)] }
        return isIgnoredByProperties(scalar)
    }

    /// CJK Unified Ideographs and Extension A: letters or unassigned, never
    /// ignored (a test compares every one with ``isIgnoredByProperties(_:)``).
    static let ideographs: ClosedRange<UInt32> = 0x3400...0x9FFF

    private static let asciiIgnored: [Bool] = (0..<0x80).map { isIgnoredByProperties(Unicode.Scalar(UInt8($0))) }

    /// The rule itself, from Unicode's general category and white-space property.
    static func isIgnoredByProperties(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format:
            return true
        default:
            return scalar.properties.isWhitespace
        }
    }
}
