import Foundation
@testable import SuoyinCore

extension FuzzTarget {
    /// Encoding detection and every decoder on any bytes: no crash, the same
    /// answer twice, and text that keeps its promises (see ``DecodingChecks``).
    static let decoding = FuzzTarget(
        name: "decoding",
        summary: "TextDecoder, encoding detection and the decoders: valid output",
        dictionary: ["\u{FEFF}", "\u{FF}\u{FE}", "<meta charset=\"gbk\">", "charset=big5", "法治政府"],
        seeds: { fixtures in
            try fixtures.files(in: "Tests/SuoyinCoreTests/Fixtures/encodings", extensions: [".txt"])
                + fixtures.files(in: "Tests/SuoyinCoreTests/Fixtures/extract", extensions: [".html"])
        },
        run: { input in
            let bytes = Array(input)
            DecodingChecks.check(bytes, forcedEncoding: nil)
            for encoding in TextEncoding.allCases { DecodingChecks.check(bytes, forcedEncoding: encoding) }
            _ = HTMLTextExtractor.declaredCharset(in: bytes).flatMap(TextEncoding.init(name:))
        })
}

/// The invariants of the decoding target.
enum DecodingChecks {
    /// Decoding `bytes` twice gives the same result; a decoded text has no NUL
    /// unless it is UTF-16, starts with its encoding's byte order mark only when
    /// it says so, and, when no byte was replaced, is exactly the bytes in
    /// UTF-8 and UTF-16 (only the byte order mark removed).
    static func check(_ bytes: [UInt8], forcedEncoding: TextEncoding?) {
        let result = Result { () throws(DecodingFailure) in try TextDecoder.decode(bytes, forcedEncoding: forcedEncoding) }
        let again = Result { () throws(DecodingFailure) in try TextDecoder.decode(bytes, forcedEncoding: forcedEncoding) }
        let name = forcedEncoding?.rawValue ?? "detection"
        require(result == again, "\(name) decodes the same bytes differently twice")
        guard case .success(let decoded) = result else { return }
        if forcedEncoding != nil { require(decoded.encoding == forcedEncoding, "\(name) decoded as \(decoded.encoding)") }
        let mark = decoded.encoding.byteOrderMark
        require(!decoded.hasByteOrderMark || (!mark.isEmpty && bytes.starts(with: mark)),
                "\(name): a byte order mark that is not there")
        require(decoded.replacements >= 0, "\(name): \(decoded.replacements) replacements")
        let isUTF16 = decoded.encoding == .utf16LE || decoded.encoding == .utf16BE
        require(isUTF16 || !decoded.text.unicodeScalars.contains("\0"), "\(name) gave a NUL in \(decoded.encoding)")
        guard decoded.replacements == 0 else { return }
        let body = decoded.hasByteOrderMark ? Array(bytes.dropFirst(mark.count)) : bytes
        switch decoded.encoding {
        case .utf8:
            require(Array(decoded.text.utf8) == body, "\(name): UTF-8 text is not the bytes")
        case .utf16LE, .utf16BE:
            let units = decoded.text.utf16.flatMap { unit -> [UInt8] in
                let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
                return decoded.encoding == .utf16LE ? [low, high] : [high, low]
            }
            require(units == body, "\(name): UTF-16 text is not the bytes")
        case .gb18030, .big5:
            break
        }
    }
}
