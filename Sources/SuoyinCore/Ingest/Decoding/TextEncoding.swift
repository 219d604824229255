/// A text encoding Suoyin can read.
///
/// GB18030 stands for the whole GB family (GB2312 and GBK are subsets of it) and Big5 for
/// Big5 with the Hong Kong (HKSCS) extensions; see ``Big5Decoder`` for how the two Big5
/// tables are combined. UTF-16 is read only from files that start with a byte order mark.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case gb18030 = "GB18030"
    case big5 = "Big5"

    /// Parses a user-given name such as "gbk", "GB2312", "big5", "utf8" or "cp950".
    ///
    /// Case, spaces, hyphens, underscores and dots are ignored, and subsets name their
    /// superset: "gb2312" gives ``gb18030``, "big5-hkscs" gives ``big5``. Plain "utf-16" is
    /// not accepted because it does not say the byte order.
    ///
    /// For example:
    /// ```swift
    /// TextEncoding(name: "GBK")       // .gb18030
    /// TextEncoding(name: "Big5_HKSCS") // .big5
    /// TextEncoding(name: "latin1")    // nil
    /// ```
    public init?(name: String) {
        let key = String(name.lowercased().filter { !" -_.".contains($0) })
        guard let encoding = Self.aliases[key] else { return nil }
        self = encoding
    }

    private static let aliases: [String: TextEncoding] = {
        var table: [String: TextEncoding] = [:]
        let names: [(TextEncoding, [String])] = [
            (.utf8, ["utf8", "utf8bom", "utf8sig", "unicode11utf8"]),
            (.utf16LE, ["utf16le", "ucs2le", "unicodelittleunmarked"]),
            (.utf16BE, ["utf16be", "ucs2be", "unicodebigunmarked"]),
            (.gb18030, ["gb18030", "gbk", "gb2312", "gb231280", "cp936", "ms936", "windows936",
                        "euccn", "xeuccn", "csgb2312", "xgbk", "cngb"]),
            (.big5, ["big5", "big5hkscs", "big5eten", "cp950", "ms950", "windows950", "xbig5",
                     "csbig5", "cnbig5", "hkscs"]),
        ]
        for (encoding, keys) in names {
            for key in keys { table[key] = encoding }
        }
        return table
    }()

    /// The bytes of this encoding's byte order mark.
    var byteOrderMark: [UInt8] {
        switch self {
        case .utf8: [0xEF, 0xBB, 0xBF]
        case .utf16LE: [0xFF, 0xFE]
        case .utf16BE: [0xFE, 0xFF]
        case .gb18030: [0x84, 0x31, 0x95, 0x33]
        case .big5: []
        }
    }

    /// Whether NUL bytes are normal in this encoding's files (half of UTF-16 ASCII is 0x00).
    var allowsNULBytes: Bool {
        self == .utf16LE || self == .utf16BE
    }

    /// Decodes `bytes`, replacing bad sequences, or returns nil if this system's iconv lacks
    /// the encoding.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> DecodedBytes? {
        switch self {
        case .utf8:
            DecodedBytes(utf8: Array(String(decoding: bytes, as: UTF8.self).utf8), replacements: UTF8Scan(bytes).invalid)
        case .utf16LE:
            IconvDecoder(from: "UTF-16LE", unitSize: 2)?.decode(bytes)
        case .utf16BE:
            IconvDecoder(from: "UTF-16BE", unitSize: 2)?.decode(bytes)
        case .gb18030:
            IconvDecoder(from: "GB18030")?.decode(bytes)
        case .big5:
            Big5Decoder.shared?.decode(bytes)
        }
    }
}
