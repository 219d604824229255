/// Decodes Big5 through one merged table: Windows (CP950) mappings for the standard Big5 area,
/// HKSCS-2008 for everything else.
///
/// glibc's two Big5 tables disagree. `BIG5-HKSCS` maps a dozen everyday symbols differently
/// from Windows and the web (A1E3 to ∼ instead of ～, A145 to • instead of ‧, A244 to ¥
/// instead of ￥), while `BIG5` lacks the Hong Kong characters and sends the ETEN block
/// (C6A1–C8FE: ①, kana, radicals) to private use. The merged table takes `BIG5` wherever it
/// gives a real character, then `BIG5-HKSCS`, then `BIG5`'s private-use mapping. Both tables
/// are read from iconv once, on first use.
struct Big5Decoder: Sendable {
    /// The shared decoder, or nil when this platform's iconv has neither Big5 table.
    static let shared = Big5Decoder()

    /// One entry per (lead, trail) pair: up to four UTF-8 bytes, first byte lowest; 0 = unmapped.
    /// Every mapping fits: one scalar is at most 4 bytes, and HKSCS's four two-scalar
    /// mappings (Ê̄, Ê̌, ê̄, ê̌) are 2 + 2 bytes.
    private let table: [UInt32]

    private init?() {
        let windows = Self.readTable(iconvName: "BIG5")
        let hongKong = Self.readTable(iconvName: "BIG5-HKSCS")
        guard windows != nil || hongKong != nil else { return nil }
        table = (0..<Self.pairCount).map { index in
            let primary = windows?[index] ?? 0
            let isPrivateUse = (0xEE_8080...0xEF_A3BF).contains(Self.bigEndian(primary))
            if primary != 0 && !isPrivateUse { return primary }
            if let secondary = hongKong?[index], secondary != 0 { return secondary }
            return primary
        }
    }

    /// Decodes all of `input`, replacing each bad sequence with U+FFFD.
    func decode(_ input: UnsafeBufferPointer<UInt8>) -> DecodedBytes {
        var output = DecodedBytes(utf8: [], replacements: 0)
        output.utf8.reserveCapacity(input.count + input.count / 2 + 16)
        // Invariant: `i` is always at the start of a character (ASCII byte or lead byte).
        var i = 0
        while i < input.count {
            let lead = input[i]
            if lead < 0x80 {
                output.utf8.append(lead)
                i += 1
                continue
            }
            var entry: UInt32 = 0
            if i + 1 < input.count, let index = Self.index(lead: lead, trail: input[i + 1]) {
                entry = table[index]
            }
            if entry == 0 {
                output.utf8.append(contentsOf: [0xEF, 0xBF, 0xBD])
                output.replacements += 1
                // As in WHATWG: an ASCII byte after a lead byte is kept and read again as ASCII;
                // a non-ASCII one belongs to the bad pair.
                let pairsUp = i + 1 < input.count && input[i + 1] >= 0x80 && lead != 0x80 && lead != 0xFF
                i += pairsUp ? 2 : 1
                continue
            }
            repeat {
                output.utf8.append(UInt8(truncatingIfNeeded: entry))
                entry >>= 8
            } while entry != 0
            i += 2
        }
        return output
    }

    // MARK: - Table layout

    /// Lead bytes 81–FE × trail bytes 40–7E and A1–FE.
    private static let pairCount = 126 * 157

    /// The bytes that can follow a lead byte, in table order.
    static let trailBytes: [UInt8] = Array(UInt8(0x40)...UInt8(0x7E)) + Array(UInt8(0xA1)...UInt8(0xFE))

    private static func index(lead: UInt8, trail: UInt8) -> Int? {
        guard (0x81...0xFE).contains(lead) else { return nil }
        let column: Int
        switch trail {
        case 0x40...0x7E: column = Int(trail) - 0x40
        case 0xA1...0xFE: column = Int(trail) - 0xA1 + 63
        default: return nil
        }
        return (Int(lead) - 0x81) * 157 + column
    }

    /// The entry's bytes read as a big-endian number, to compare against UTF-8 ranges.
    private static func bigEndian(_ entry: UInt32) -> UInt32 {
        var value: UInt32 = 0
        var rest = entry
        while rest != 0 {
            value = value << 8 | (rest & 0xFF)
            rest >>= 8
        }
        return value
    }

    /// Decodes every pair with iconv in one call, each followed by a newline, and reads the
    /// lines back. A newline is never a Big5 trail byte, so a bad pair cannot swallow it.
    private static func readTable(iconvName: String) -> [UInt32]? {
        guard let converter = IconvDecoder(from: iconvName) else { return nil }
        var input: [UInt8] = []
        input.reserveCapacity(pairCount * 3)
        for lead: UInt8 in 0x81...0xFE {
            for trail in trailBytes { input += [lead, trail, 0x0A] }
        }
        let output = input.withUnsafeBufferPointer { converter.decode($0) }
        let lines = output.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard lines.count >= pairCount else { return nil }
        return lines.prefix(pairCount).map { line in
            // Bad pairs come back containing U+FFFD or the trail byte as ASCII.
            guard (2...4).contains(line.count), line.allSatisfy({ $0 >= 0x80 }),
                  !line.elementsEqual([0xEF, 0xBF, 0xBD]) else { return 0 }
            return line.reversed().reduce(0) { $0 << 8 | UInt32($1) }
        }
    }
}
