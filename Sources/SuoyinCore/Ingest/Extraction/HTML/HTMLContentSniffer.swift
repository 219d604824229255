/// Tells a saved web page from other content by its first bytes, for files
/// whose extension does not say (`.asp`, `.aspx`, `.jsp`, `.php`: a page
/// saved from a website, or the server's source code).
///
/// A page is HTML when its first ``prefixLength`` bytes, read as ASCII with
/// case ignored (and NUL bytes skipped, so UTF-16 reads too), hold `<html` or
/// `<!doctype html` and no server code marker (`<?php`, `<%`): source files
/// are templates that hold `<html` as well.
enum HTMLContentSniffer {
    /// Extensions that are always web pages.
    static let pageExtensions: Set<String> = ["html", "htm", "shtml", "xhtml", "xht"]
    /// Extensions of server pages, which are web pages once saved from a browser.
    static let serverPageExtensions: Set<String> = ["asp", "aspx", "jsp", "php"]

    /// How many bytes are looked at.
    static let prefixLength = 4096

    /// Whether `bytes` start like a web page rather than server code.
    static func isHTML(_ bytes: [UInt8]) -> Bool {
        var prefix = String.UnicodeScalarView()
        for byte in bytes.prefix(prefixLength) where byte != 0 {
            prefix.append(Unicode.Scalar((0x41...0x5A).contains(byte) ? byte + 0x20 : byte))
        }
        let text = String(prefix)
        guard text.contains("<html") || text.contains("<!doctype html") else { return false }
        return !text.contains("<?php") && !text.contains("<%")
    }
}
