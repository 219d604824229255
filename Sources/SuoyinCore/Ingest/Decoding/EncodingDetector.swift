/// Ranks the encodings that bytes without a byte order mark, and not valid UTF-8, could be in.
///
/// Big5 bytes decode as GB18030 without a single error, and GB18030 bytes mostly decode as
/// Big5, so error counts alone cannot choose. Each candidate decodes a sample and is ranked
/// by its ``PlausibilityScore``; invalid sequences count against it inside that score.
enum EncodingDetector {
    /// A possible encoding with the evidence for it.
    struct Candidate: Sendable {
        var encoding: TextEncoding
        /// How Chinese the decoded sample looks.
        var score: PlausibilityScore
        /// Invalid sequences in the sample.
        var invalidInSample: Int
    }

    /// Bytes decoded per candidate. 64 KiB is some 30,000 Han characters, far more than
    /// scoring needs, and keeps detection cheap on a 50 MB file.
    static let sampleSize = 64 * 1024

    /// Returns the candidates best first; ties go to UTF-8, then GB18030, then Big5.
    ///
    /// - Parameter includeUTF8: whether repaired UTF-8 is still possible, because the whole
    ///   file has few enough invalid sequences.
    static func candidates(for body: UnsafeBufferPointer<UInt8>, includeUTF8: Bool) -> [Candidate] {
        let sample = sample(of: body)
        let encodings: [TextEncoding] = includeUTF8 ? [.utf8, .gb18030, .big5] : [.gb18030, .big5]
        let candidates = encodings.compactMap { encoding -> Candidate? in
            guard let decoded = encoding.decode(sample) else { return nil }
            let score = decoded.utf8.withUnsafeBufferPointer { PlausibilityScore(utf8: $0) }
            return Candidate(encoding: encoding, score: score, invalidInSample: decoded.replacements)
        }
        // A stable sort keeps the preference order among equal scores.
        return candidates.enumerated()
            .sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }
            .map(\.element)
    }

    /// The part of `body` worth scoring: from the first non-ASCII byte (everything before it
    /// decodes the same in every candidate), ending after a newline where possible, since a
    /// newline never falls inside a character in these encodings.
    static func sample(of body: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let start = body.firstIndex { $0 >= 0x80 } ?? 0
        var end = min(body.count, start + sampleSize)
        if end < body.count, let newline = body[start..<end].lastIndex(of: 0x0A), newline > start {
            end = newline + 1
        }
        return UnsafeBufferPointer(rebasing: body[start..<end])
    }
}
