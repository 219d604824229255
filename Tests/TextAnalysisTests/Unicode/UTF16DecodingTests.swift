import Testing
@testable import TextAnalysis

@Suite("UTF16Decoding")
struct UTF16DecodingTests {
    /// The scalars of `units` with their lengths; nil for a lone surrogate.
    private func decoded(_ units: [UInt16]) -> [(UInt32?, Int)] {
        units.withUnsafeBufferPointer { buffer in
            var result: [(UInt32?, Int)] = []
            var index = 0
            while index < buffer.count {
                let (value, length) = UTF16Decoding.scalar(in: buffer, at: index)
                result.append((value == UTF8Decoding.invalid ? nil : value, length))
                index += length
            }
            return result
        }
    }

    @Test("a surrogate pair is one scalar; a lone surrogate is invalid, one unit long", arguments: [
        ([0x41, 0x6CD5], [(0x41, 1), (0x6CD5, 1)]),
        ([0xD840, 0xDC00], [(0x20000, 2)]),
        ([0xDBFF, 0xDFFF], [(0x10FFFF, 2)]),
        ([0xD840], [(nil, 1)]),                       // high surrogate at the end
        ([0xD840, 0x41], [(nil, 1), (0x41, 1)]),      // high surrogate before a non-surrogate
        ([0xDC00, 0xD840], [(nil, 1), (nil, 1)]),     // low before high: two lone surrogates
        ([0xD840, 0xD840, 0xDC00], [(nil, 1), (0x20000, 2)]),
    ] as [([UInt16], [(UInt32?, Int)])])
    func surrogates(units: [UInt16], expected: [(UInt32?, Int)]) {
        let found = decoded(units)
        #expect(found.map(\.0) == expected.map(\.0))
        #expect(found.map(\.1) == expected.map(\.1))
    }

    @Test("every scalar of a string decodes as the standard library's")
    func agreesWithStandardLibrary() {
        let text = "法治A𠀀\u{FFFD}😀ΣД\u{0}"
        #expect(decoded(Array(text.utf16)).map { $0.0 ?? 0xFFFD } == text.unicodeScalars.map(\.value))
    }
}
