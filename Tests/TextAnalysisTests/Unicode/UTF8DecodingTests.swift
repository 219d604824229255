import Testing
import TestSupport
@testable import TextAnalysis

/// Every scalar of `bytes` as ``UTF8Decoding`` decodes them: `value` or nil
/// for an invalid sequence, each with its length.
private func decoded(_ bytes: [UInt8]) -> [(UInt32?, Int)] {
    bytes.withUnsafeBufferPointer { buffer in
        var result: [(UInt32?, Int)] = []
        var index = 0
        while index < buffer.count {
            let (value, length) = UTF8Decoding.scalar(in: buffer, at: index)
            result.append((value == UTF8Decoding.invalid ? nil : value, length))
            index += length
        }
        return result
    }
}

/// `decoded` as text: `U+XXXX/n` or `bad/n`, for readable comparisons.
private func shown(_ bytes: [UInt8]) -> [String] {
    decoded(bytes).map { value, length in
        (value.map { "U+" + String($0, radix: 16, uppercase: true) } ?? "bad") + "/\(length)"
    }
}

@Suite("UTF8Decoding")
struct UTF8DecodingTests {
    @Test("well-formed sequences of one to four bytes")
    func wellFormed() {
        #expect(shown([0x41, 0xC2, 0x80, 0xE4, 0xB8, 0xAD, 0xF0, 0xA0, 0x80, 0x80])
            == ["U+41/1", "U+80/2", "U+4E2D/3", "U+20000/4"])
        #expect(shown([0x7F, 0xDF, 0xBF, 0xEF, 0xBF, 0xBF, 0xF4, 0x8F, 0xBF, 0xBF])
            == ["U+7F/1", "U+7FF/2", "U+FFFF/3", "U+10FFFF/4"])
    }

    // One line per kind of malformation; the length is the maximal invalid subpart.
    @Test("malformed input: each maximal invalid subpart is one invalid sequence", arguments: [
        ([0x80], ["bad/1"]),                                  // a lone continuation byte
        ([0xBF, 0x41], ["bad/1", "U+41/1"]),
        ([0xC0, 0xAF], ["bad/1", "bad/1"]),                   // overlong '/': C0 and C1 never lead
        ([0xC1, 0xBF], ["bad/1", "bad/1"]),
        ([0xE0, 0x80, 0xAF], ["bad/1", "bad/1", "bad/1"]),    // overlong three-byte form
        ([0xED, 0xA0, 0x80], ["bad/1", "bad/1", "bad/1"]),    // a UTF-16 surrogate, U+D800
        ([0xF0, 0x8F, 0xBF, 0xBF], ["bad/1", "bad/1", "bad/1", "bad/1"]),  // overlong four-byte form
        ([0xF4, 0x90, 0x80, 0x80], ["bad/1", "bad/1", "bad/1", "bad/1"]),  // above U+10FFFF
        ([0xF5, 0x80], ["bad/1", "bad/1"]),                   // F5–FF never lead
        ([0xFF], ["bad/1"]),
        ([0xE4, 0xB8], ["bad/2"]),                            // truncated at the end of the text
        ([0xE4, 0xB8, 0x41], ["bad/2", "U+41/1"]),            // truncated before ASCII
        ([0xE4, 0xB8, 0xE4, 0xB8, 0xAD], ["bad/2", "U+4E2D/3"]),  // truncated before a whole character
        ([0xF0, 0xA0, 0x80], ["bad/3"]),
        ([0xF0, 0xA0, 0x80, 0x41], ["bad/3", "U+41/1"]),
        ([0xC2], ["bad/1"]),
        ([0xC2, 0x41], ["bad/1", "U+41/1"]),
    ] as [([UInt8], [String])])
    func malformed(bytes: [UInt8], expected: [String]) {
        #expect(shown(bytes) == expected)
    }

    @Test("random bytes decode as String(decoding:as:) repairs them, one invalid sequence per U+FFFD (seeded)")
    func agreesWithStandardLibrary() {
        var generator = SplitMix64(seed: 8)
        // Bytes biased towards lead and continuation bytes, where the cases are.
        let pool: [UInt8] = [0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xAD, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE4,
                             0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xB8]
        for _ in 0..<2000 {
            let bytes = (0..<Int(generator.next() % 12)).map { _ in pool[Int(generator.next() % UInt64(pool.count))] }
            let ours = decoded(bytes).map { $0.0 ?? 0xFFFD }
            let standard = String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value)
            #expect(ours == standard, "\(bytes.map { String($0, radix: 16) })")
            #expect(decoded(bytes).reduce(0) { $0 + $1.1 } == bytes.count)
        }
    }

    @Test("encoding writes every scalar back as the standard library does")
    func encodeRoundTrip() {
        let samples: [UInt32] = [0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0x4E2D, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF,
                                 0x10000, 0x20000, 0x10FFFF]
        for value in samples {
            let expected = Array(String(Unicode.Scalar(value)!).utf8)
            #expect(UTF8Decoding.bytes(of: [value]) == expected)
            #expect(UTF8Decoding.encodedLength(value) == expected.count)
            #expect(UTF8Decoding.sequenceLength(lead: expected[0]) == expected.count)
            #expect(shown(expected) == ["U+" + String(value, radix: 16, uppercase: true) + "/\(expected.count)"])
            let trusted = expected.withUnsafeBufferPointer { UTF8Decoding.validScalar(in: $0, at: 0) }
            #expect(trusted == (value, expected.count))
        }
        #expect(UTF8Decoding.bytes(of: [0x6CD5, 0x41, 0x20000]) == Array("法A𠀀".utf8))
    }
}
