import Foundation

/// Checks an XML part's bytes before Foundation's `XMLParser` sees them.
///
/// On Linux, `XMLParser` traps (stopping the whole index run) when libxml2
/// hands it an element name that is not UTF-8, so the parts of Word, ODF and
/// OFD files (all UTF-8 by their standards) must be valid UTF-8, with or
/// without a byte order mark. Their standards also forbid document type
/// declarations, the only way to define entities, so a part with one is
/// refused too: no entity can expand into gigabytes.
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
        return nil
    }
}
