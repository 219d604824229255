import Foundation

/// Checks an XML part's bytes before Foundation's `XMLParser` sees them.
///
/// On Linux, `XMLParser` traps (stopping the whole index run) when libxml2
/// hands it an element name that is not UTF-8, so the parts of Word, ODF and
/// OFD files (all UTF-8 by their standards) must be valid UTF-8, with or
/// without a byte order mark. Their standards also forbid document type
/// declarations, the only way to define entities, so a part with one is
/// refused too: no entity can expand into gigabytes. And `XMLParser` reads
/// a processing instruction's data through a null pointer when it has none
/// (`<?x?>`, found by fuzzing OFD pages), so such a part is refused as well.
enum XMLPrecheck {
    /// Why `data` must not be parsed, as a fragment ("not UTF-8"), or nil when it may be.
    static func problem(in data: Data) -> String? {
        let isUTF8 = data.withUnsafeBytes { raw in
            UTF8Scan(raw.bindMemory(to: UInt8.self), invalidLimit: 0).invalid == 0
        }
        if !isUTF8 { return "not UTF-8" }
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            return "XML with a document type declaration, which this format does not allow"
        }
        if hasEmptyProcessingInstruction(data) { return "XML with a processing instruction without data (<?name?>)" }
        return nil
    }

    /// Whether `data` holds `<?` and a name followed at once by `?>`.
    static func hasEmptyProcessingInstruction(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index + 1 < bytes.count {
                defer { index += 1 }
                guard bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "?") else { continue }
                var end = index + 2
                // A name: anything up to white space or `?`.
                while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: "?") { end += 1 }
                if end > index + 2, end + 1 < bytes.count, bytes[end] == UInt8(ascii: "?"), bytes[end + 1] == UInt8(ascii: ">") {
                    return true
                }
            }
            return false
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
