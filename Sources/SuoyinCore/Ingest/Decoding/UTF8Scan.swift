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
            let lead = bytes[i]
            if lead < 0x80 {
                characters += 1
                i += 1
                continue
            }
            let length = Self.sequenceLength(lead: lead, at: i, in: bytes)
            characters += 1
            if length > 0 {
                multibyte += 1
                i += length
            } else {
                invalid += 1
                i += -length
                if invalid > invalidLimit {
                    stoppedEarly = true
                    return
                }
            }
        }
    }

    /// The length of the valid sequence at `i`, or minus the length of its maximal invalid
    /// subpart (at least 1).
    private static func sequenceLength(lead: UInt8, at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xED: length = 3; secondRange = 0x80...0x9F  // no surrogates
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF4: length = 4; secondRange = 0x80...0x8F  // nothing past U+10FFFF
        case 0xF1...0xF3: length = 4
        default: return -1
        }
        var k = 1
        while k < length {
            guard i + k < bytes.count else { return -k }
            let range = k == 1 ? secondRange : 0x80...0xBF
            guard range.contains(bytes[i + k]) else { return -k }
            k += 1
        }
        return length
    }
}
