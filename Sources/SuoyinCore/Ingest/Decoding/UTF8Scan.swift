import TextAnalysis

/// Counts a byte string's UTF-8 characters and invalid sequences in one pass.
///
/// Invalid sequences are counted the way `String(decoding:as:)` repairs them, one U+FFFD per
/// maximal invalid subpart (Unicode 15, §3.9), so `invalid` is exactly the number of
/// replacement characters the repaired string gains.
struct UTF8Scan {
    /// Scalars plus invalid sequences: the length of the repaired text in scalars.
    private(set) var characters = 0
    /// Invalid sequences.
    private(set) var invalid = 0
    /// Valid sequences of two to four bytes. Legacy CJK bytes form a few by chance, but only
    /// real UTF-8 has many more of them than invalid sequences.
    private(set) var multibyte = 0
    /// Whether the scan stopped early because `invalid` passed the limit.
    private(set) var stoppedEarly = false

    /// Scans `bytes`, stopping once more than `invalidLimit` invalid sequences have been seen.
    init(_ bytes: UnsafeBufferPointer<UInt8>, invalidLimit: Int = .max) {
        var i = 0
        let count = bytes.count
        while i < count {
            if bytes[i] < 0x80 {
                characters += 1
                i += 1
                continue
            }
            // An invalid sequence's length is its maximal invalid subpart.
            let (value, length) = UTF8Decoding.scalar(in: bytes, at: i)
            characters += 1
            i += length
            if value != UTF8Decoding.invalid {
                multibyte += 1
            } else {
                invalid += 1
                if invalid > invalidLimit {
                    stoppedEarly = true
                    return
                }
            }
        }
    }
}
