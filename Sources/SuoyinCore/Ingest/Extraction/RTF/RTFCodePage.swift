/// The Windows code pages of RTF text bytes (`\'hh` escapes and raw 8-bit
/// bytes), and their decoding.
///
/// Chinese documents say `\ansicpg936` (GBK) or `\ansicpg950` (Big5), and
/// give their Chinese fonts `\fcharset134` (GB2312) or `\fcharset136`
/// (Big5). GBK is decoded as GB18030 (its superset) and Big5 as
/// ``Big5Decoder`` reads it, as plain text files are; other code pages go
/// through iconv (`CP1252`, `CP932`, …). Decoders are opened once per
/// document, not once per run of bytes.
struct RTFCodePage {
    /// Decoders opened so far, by code page: opening iconv per run of bytes would cost more than decoding.
    private var decoders: [Int: IconvDecoder] = [:]

    /// The code page of a font's `\fcharsetN`, or `nil` when the charset
    /// says nothing more than "the document's code page" (0 ANSI, 1 default,
    /// 2 symbol: writers put `\fcharset0` on Chinese fonts too).
    static func codePage(ofCharset charset: Int) -> Int? {
        switch charset {
        case 77: 10000
        case 128: 932
        case 129: 949
        case 130: 1361
        case 134: 936
        case 136: 950
        case 161: 1253
        case 162: 1254
        case 163: 1258
        case 177: 1255
        case 178: 1256
        case 186: 1257
        case 204: 1251
        case 222: 874
        case 238: 1250
        case 254: 437
        default: nil
        }
    }

    /// Whether `codePage` has two-byte characters, whose trail byte a writer
    /// may leave unescaped (`\'a4@`).
    static func isDoubleByte(_ codePage: Int) -> Bool {
        [932, 936, 949, 950, 1361].contains(codePage)
    }

    /// The text of `bytes` in `codePage`; bad bytes become U+FFFD, and an
    /// unknown code page is read as Windows-1252.
    mutating func decode(_ bytes: [UInt8], codePage: Int) -> String {
        let decoded: DecodedBytes?
        switch codePage {
        case 950:
            decoded = bytes.withUnsafeBufferPointer { TextEncoding.big5.decode($0) }
        case 65001:
            decoded = bytes.withUnsafeBufferPointer { TextEncoding.utf8.decode($0) }
        default:
            let decoder = self.decoder(codePage) ?? self.decoder(1252)
            decoded = bytes.withUnsafeBufferPointer { decoder?.decode($0) }
        }
        // Without iconv at all, bytes are at least Latin-1, one character each.
        return decoded?.makeString() ?? String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    /// The iconv decoder of `codePage`, opened on first use; `nil` when iconv does not know it.
    private mutating func decoder(_ codePage: Int) -> IconvDecoder? {
        if let decoder = decoders[codePage] { return decoder }
        // GBK is read as GB18030, its superset, as plain text files are.
        let decoder = IconvDecoder(from: codePage == 936 || codePage == 54936 ? "GB18030" : "CP\(codePage)")
        decoders[codePage] = decoder
        return decoder
    }
}
