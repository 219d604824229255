/// The one character folding used for documents and queries alike.
///
/// Each code point folds on its own, without context, so a substring of a
/// document always folds to a substring of the folded document:
/// traditional and variant Han forms → simplified (``HanVariantTable``),
/// full-width ASCII → ASCII, U+3000 → space, letters → lower case.
///
/// For example: `設` → `设`, `Ａ` → `a`, `２` → `2`.
///
/// The fold is idempotent: `fold(fold(c)) == fold(c)` for every code point.
public enum CharacterFolding {
    /// Code points below this bound are looked up in a flat table; all Han
    /// variants (up to the end of CJK Extension H) are below it.
    public static let tableBound: UInt32 = 0x323B0

    /// Case folding outside ASCII only applies in these blocks (Latin, Greek,
    /// Cyrillic, Armenian, Georgian, Latin Extended Additional, Greek Extended,
    /// letterlike and enclosed forms, Deseret and friends are left alone).
    private static let caseRanges: [ClosedRange<UInt32>] = [
        0x00C0...0x058F, 0x10A0...0x10FF, 0x1E00...0x1FFF, 0x2C00...0x2C7F,
        0xA640...0xA69F, 0xA720...0xA7FF,
    ]

    /// The flat fold table, built once: `table[c]` is the fold of `c`.
    public static let table: [UInt32] = buildTable()

    /// A hash of the whole table (FNV-1a, 64 bits) that identifies this folding
    /// in an index; an index built with another table must be rebuilt.
    public static let tableHash: String = {
        // FNV-1a over whole entries: a quarter of the steps of hashing bytes,
        // and this runs at every start-up that opens an index.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in table {
            hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }()

    /// The folded form of `codePoint`.
    @inline(__always)
    public static func fold(_ codePoint: UInt32) -> UInt32 {
        fold(codePoint, in: table)
    }

    /// The folded form of `codePoint`, from `table` (``table``, which a hot
    /// loop reads into a local once: the static's lazy access costs more
    /// than the lookup). An invalid decoding (``UTF8Decoding/invalid``) stays as it is.
    @inline(__always)
    static func fold(_ codePoint: UInt32, in table: [UInt32]) -> UInt32 {
        codePoint < tableBound ? table[Int(codePoint)] : codePoint
    }

    /// The folded form of a whole string, one code point at a time.
    public static func fold(_ text: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(Unicode.Scalar(fold(scalar.value)) ?? scalar)
        }
        return String(scalars)
    }

    private static func buildTable() -> [UInt32] {
        var table = [UInt32](unsafeUninitializedCapacity: Int(tableBound)) { buffer, count in
            for i in 0..<Int(tableBound) { buffer[i] = UInt32(i) }
            count = Int(tableBound)
        }
        for codePoint in UInt32(0x41)...0x5A { table[Int(codePoint)] = CaseFolding.fold(codePoint) }
        for range in caseRanges {
            for codePoint in range { table[Int(codePoint)] = CaseFolding.fold(codePoint) }
        }
        for codePoint in WidthFolding.fullWidthASCII {
            table[Int(codePoint)] = CaseFolding.fold(WidthFolding.fold(codePoint))
        }
        table[0x3000] = WidthFolding.fold(0x3000)
        forEachHanMapping { source, target in
            if source < tableBound { table[Int(source)] = target }
        }
        return table
    }

    /// Calls `body` with each (source, target) pair of ``HanVariantTable``.
    ///
    /// Parsed straight from the literal's bytes (hex digits, a space, hex
    /// digits, a newline): this runs at every start-up.
    static func forEachHanMapping(_ body: (UInt32, UInt32) -> Void) {
        var mappings = HanVariantTable.mappings
        mappings.withUTF8 { bytes in
            var source: UInt32 = 0
            var value: UInt32 = 0
            var digits = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    value = value << 4 | UInt32(byte - UInt8(ascii: "0"))
                    digits += 1
                case UInt8(ascii: "A")...UInt8(ascii: "F"):
                    value = value << 4 | UInt32(byte - UInt8(ascii: "A") + 10)
                    digits += 1
                case UInt8(ascii: " "):
                    source = value
                    value = 0
                    digits = 0
                default:
                    if digits > 0 { body(source, value) }
                    value = 0
                    digits = 0
                }
            }
            if digits > 0 { body(source, value) }
        }
    }
}
