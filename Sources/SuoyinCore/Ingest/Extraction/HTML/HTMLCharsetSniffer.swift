/// Finds the character encoding a web page declares, before it is decoded.
///
/// Looks, in order, for:
/// 1. a byte order mark: `"utf-8"`, `"utf-16le"`, `"utf-16be"` or `"gb18030"`;
/// 2. an XML declaration's `encoding` (`<?xml version="1.0" encoding="gbk"?>`);
/// 3. the first `<meta charset=…>`, or `<meta http-equiv="Content-Type"
///    content="text/html; charset=…">`, outside comments and scripts.
///
/// Only the first ``prefixLength`` bytes are read, each as one Latin-1
/// character: declarations are ASCII, and a multi-byte character cut at the
/// end does no harm. Names are returned lower-cased and otherwise as
/// written (`"gb2312"`, `"gbk"`, `"big5"`), for the caller to map to a
/// decoder. A `<meta>` that claims UTF-16 means UTF-8, as in browsers: a page
/// whose `<meta>` can be read as ASCII is not UTF-16.
enum HTMLCharsetSniffer {
    /// How many bytes are searched. Larger than the 1024 of the HTML standard's
    /// prescan: many pages put long keyword and description `<meta>`s first.
    static let prefixLength = 4096

    /// The declared encoding's name, or `nil` if the page declares none.
    static func charset(in bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "utf-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "utf-16le" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "utf-16be" }
        if bytes.starts(with: [0x84, 0x31, 0x95, 0x33]) { return "gb18030" }
        let prefix = bytes.prefix(prefixLength).map { Unicode.Scalar($0) }
        var tokenizer = HTMLTokenizer(prefix)
        if tokenizer.matches("<?xml", at: 0), let close = tokenizer.find("?>", from: 5),
           let encoding = tokenizer.attributes(in: 5..<close)["encoding"].flatMap(normalized) {
            return encoding
        }
        while let token = tokenizer.next() {
            guard case .startTag("meta", let range, _) = token else { continue }
            let attributes = tokenizer.attributes(in: range)
            if let charset = attributes["charset"].flatMap(normalized) {
                return charset.hasPrefix("utf-16") ? "utf-8" : charset
            }
            if attributes["http-equiv"]?.lowercased() == "content-type",
               let charset = attributes["content"].flatMap(charset(inContentType:)) {
                return charset.hasPrefix("utf-16") ? "utf-8" : charset
            }
        }
        return nil
    }

    /// The `charset` parameter of a media type such as `text/html; charset=gb2312`.
    static func charset(inContentType content: String) -> String? {
        let lowered = content.lowercased()
        guard let key = lowered.firstRange(of: "charset") else { return nil }
        var rest = lowered[key.upperBound...].drop(while: { $0 == " " || $0 == "\t" })
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "'" })
        return normalized(String(rest.prefix(while: { !" \t;\"'".contains($0) })))
    }

    /// The name trimmed and lower-cased, or `nil` if empty.
    private static func normalized(_ name: String) -> String? {
        let junk: Set<Character> = [" ", "\t", "\n", "\r", "\r\n", "\u{0C}", "\"", "'"]
        var trimmed = Substring(name.lowercased())
        while let first = trimmed.first, junk.contains(first) { trimmed.removeFirst() }
        while let last = trimmed.last, junk.contains(last) { trimmed.removeLast() }
        return trimmed.isEmpty ? nil : String(trimmed)
    }
}
