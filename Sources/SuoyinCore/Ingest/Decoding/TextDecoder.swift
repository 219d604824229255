import Foundation

/// Reads the bytes of a document as text, detecting their encoding unless the caller names it.
///
/// Detection, in order:
/// 1. Empty input is empty text, in UTF-8 unless an encoding is forced.
/// 2. A byte order mark decides: UTF-8, UTF-16LE, UTF-16BE or GB18030. UTF-32 is refused.
/// 3. NUL bytes, or more than 1% stray control bytes near the start, mean the file is binary.
/// 4. Valid UTF-8 is UTF-8.
/// 5. UTF-8 with a handful of invalid sequences (at most 8, at most one per 1,000 characters,
///    among at least ten times as many valid multibyte ones) is UTF-8 with those replaced.
/// 5b. UTF-8 whose valid part is clearly Chinese (one invalid sequence or fewer per ten valid
///    multibyte ones, and a repaired text that scores as Chinese) is UTF-8 with them replaced,
///    whatever the file's size.
/// 6. Otherwise repaired UTF-8, GB18030 and Big5 are ranked by how Chinese their decodings look
///    (see ``PlausibilityScore``), and the best one that passes the checks below wins.
///
/// Every decoding, forced ones included, must have at most 1% invalid characters, and a NUL
/// outside UTF-16 means binary. A detected one must also look like Chinese text: a decoding
/// whose non-ASCII characters are mostly garbage (rare Han, kana, private use) is refused
/// rather than indexed. The text keeps its line endings exactly; only the byte order mark goes.
///
/// For example:
/// ```swift
/// let decoded = try TextDecoder.decode(Data(contentsOf: url))
/// if decoded.replacements > 0 { /* warn: n invalid byte sequences replaced */ }
/// let big5 = try TextDecoder.decode(bytes, forcedEncoding: TextEncoding(name: "big5"))
/// ```
public enum TextDecoder {
    /// The share of invalid characters above which a decoding is refused.
    public static let maximumInvalidShare = 0.01
    /// At most this many invalid sequences are quietly repaired in otherwise valid UTF-8...
    public static let maximumQuietUTF8Repairs = 8
    /// ...and at most this share of its characters.
    public static let maximumQuietUTF8Share = 0.001
    /// A detected decoding of 32 or more non-ASCII characters must reach this ``PlausibilityScore``:
    /// below it, more of them count against Chinese text than for it.
    static let minimumScore = 0.0

    /// Decodes `bytes`, detecting the encoding unless `forcedEncoding` is given.
    public static func decode(_ bytes: [UInt8], forcedEncoding: TextEncoding? = nil) throws(DecodingFailure) -> DecodedText {
        try bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(DecodingFailure) in try decode(buffer: buffer, forcedEncoding: forcedEncoding) }
        }.get()
    }

    /// Decodes `data`, detecting the encoding unless `forcedEncoding` is given.
    public static func decode(_ data: Data, forcedEncoding: TextEncoding? = nil) throws(DecodingFailure) -> DecodedText {
        try data.withUnsafeBytes { raw in
            Result { () throws(DecodingFailure) in
                try decode(buffer: raw.assumingMemoryBound(to: UInt8.self), forcedEncoding: forcedEncoding)
            }
        }.get()
    }

    static func decode(
        buffer bytes: UnsafeBufferPointer<UInt8>, forcedEncoding: TextEncoding?
    ) throws(DecodingFailure) -> DecodedText {
        if bytes.isEmpty { return DecodedText(text: "", encoding: forcedEncoding ?? .utf8) }
        if let forced = forcedEncoding {
            let mark = forced.byteOrderMark
            let hasMark = !mark.isEmpty && bytes.starts(with: mark)
            return try decodeWhole(bytes.dropping(hasMark ? mark.count : 0), as: forced, hasByteOrderMark: hasMark)
        }
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
            throw .undecodable("UTF-32 text is not supported")
        }
        for encoding in TextEncoding.allCases {
            let mark = encoding.byteOrderMark
            if !mark.isEmpty && bytes.starts(with: mark) {
                return try decodeWhole(bytes.dropping(mark.count), as: encoding, hasByteOrderMark: true)
            }
        }
        if BinarySniffer.looksBinary(bytes) { throw .binary }
        if let text = validUTF8(bytes) { return DecodedText(text: text, encoding: .utf8) }
        return try detectAndDecode(bytes)
    }

    /// Steps 5 and 6 of the detection.
    private static func detectAndDecode(_ bytes: UnsafeBufferPointer<UInt8>) throws(DecodingFailure) -> DecodedText {
        // UTF-8 needs ten valid multibyte sequences per invalid one (step 5): past a twentieth of
        // the bytes that cannot hold, and GB18030 or Big5 text gets there within its first bytes.
        let scan = UTF8Scan(bytes, invalidLimit: bytes.count / 20)
        if scan.invalid <= maximumQuietUTF8Repairs && !scan.stoppedEarly
            && Double(scan.invalid) <= Double(scan.characters) * maximumQuietUTF8Share
            && scan.multibyte >= 10 * scan.invalid {
            return DecodedText(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8, replacements: scan.invalid)
        }
        if !scan.stoppedEarly, scan.multibyte >= 10 * scan.invalid, let repaired = clearlyChineseUTF8(bytes) {
            return DecodedText(text: repaired, encoding: .utf8, replacements: scan.invalid)
        }
        let utf8IsPossible = !scan.stoppedEarly && scan.invalid <= Int(Double(bytes.count) * maximumInvalidShare)
            && Double(scan.invalid) <= Double(scan.characters) * maximumInvalidShare
        var notes = utf8IsPossible ? [] : ["UTF-8: over 1% invalid"]
        for candidate in EncodingDetector.candidates(for: bytes, includeUTF8: utf8IsPossible) {
            let name = candidate.encoding.rawValue
            if Double(candidate.invalidInSample) > Double(bytes.count) * maximumInvalidShare {
                notes.append("\(name): over 1% invalid")
            } else if candidate.score.value < minimumScore && candidate.score.count >= 32 {
                notes.append("\(name): does not look like Chinese text")
            } else {
                do {
                    return try decodeWhole(bytes, as: candidate.encoding, hasByteOrderMark: false)
                } catch {
                    notes.append("\(name): \(error.reason)")
                }
            }
        }
        throw .undecodable("not readable as UTF-8, GB18030 or Big5 (\(notes.joined(separator: "; ")))")
    }

    /// The repaired text of UTF-8 with a few invalid sequences, when its valid part is clearly
    /// Chinese (step 5b): at least 16 non-ASCII characters that score as well as real Chinese
    /// text does. Then a small file is not refused for two bad bytes among thirty characters,
    /// which is over 1%, while legacy bytes, whose chance UTF-8 sequences decode to rare
    /// characters, still go to detection.
    private static func clearlyChineseUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var repaired = String(decoding: bytes, as: UTF8.self)
        let score = repaired.withUTF8 { PlausibilityScore(utf8: $0) }
        return score.count >= 16 && score.value >= clearlyChineseScore ? repaired : nil
    }

    /// The ``PlausibilityScore`` above which repaired UTF-8 is clearly Chinese text: each
    /// replacement weighs -3, so this still allows one per ten common characters.
    static let clearlyChineseScore = 0.5

    /// Decodes all of `body` as `encoding` and checks the result.
    private static func decodeWhole(
        _ body: UnsafeBufferPointer<UInt8>, as encoding: TextEncoding, hasByteOrderMark: Bool
    ) throws(DecodingFailure) -> DecodedText {
        if !encoding.allowsNULBytes && BinarySniffer.containsNUL(body) { throw .binary }
        let text: String, replacements: Int, share: Double
        if encoding == .utf8 {
            if let valid = validUTF8(body) {
                return DecodedText(text: valid, encoding: .utf8, hasByteOrderMark: hasByteOrderMark)
            }
            let scan = UTF8Scan(body)
            text = String(decoding: body, as: UTF8.self)
            (replacements, share) = (scan.invalid, Double(scan.invalid) / Double(scan.characters))
        } else {
            guard let decoded = encoding.decode(body) else {
                throw .undecodable("this system's iconv cannot read \(encoding.rawValue)")
            }
            if decoded.containsNUL { throw .binary }
            (text, replacements, share) = (decoded.makeString(), decoded.replacements, decoded.replacementShare)
        }
        if share > maximumInvalidShare {
            let tenths = Int((share * 1000).rounded())
            throw .undecodable("\(tenths / 10).\(tenths % 10)% of the characters are invalid \(encoding.rawValue)")
        }
        return DecodedText(text: text, encoding: encoding, replacements: replacements, hasByteOrderMark: hasByteOrderMark)
    }

    /// The text if `bytes` are entirely valid UTF-8, checked by the standard library's fast validator.
    private static func validUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if #available(macOS 15, iOS 18, *) {
            return String(validating: bytes, as: UTF8.self)
        }
        return UTF8Scan(bytes, invalidLimit: 0).invalid == 0 ? String(decoding: bytes, as: UTF8.self) : nil
    }
}

private extension UnsafeBufferPointer<UInt8> {
    func dropping(_ count: Int) -> Self {
        UnsafeBufferPointer(rebasing: self[count...])
    }
}
