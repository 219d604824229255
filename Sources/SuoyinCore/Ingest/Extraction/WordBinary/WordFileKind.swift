/// What a file named `.doc` or `.wps` really holds, judged from its first
/// bytes: government sites often publish RTF, web pages or `.docx` files
/// under a `.doc` name, and Word opens them all.
enum WordFileKind: Equatable {
    /// An OLE compound document: Word 97–2003, WPS Office (whose `.wps` is
    /// Word's binary format with Kingsoft's extensions), or Microsoft Works.
    case compoundDocument
    /// Rich Text Format (`{\rtf`).
    case richText
    /// A ZIP archive, as a `.docx` file is.
    case zipArchive
    /// A web page ("Save as Web Page" in Word keeps the `.doc` name).
    case webPage
    /// None of these.
    case unknown

    /// The kind of `bytes`, from their first bytes.
    init(bytes: [UInt8]) {
        let head = bytes.prefix(HTMLContentSniffer.prefixLength)
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            self = .compoundDocument
        } else if head.starts(with: Array("{\\rtf".utf8)) {
            self = .richText
        } else if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            self = .zipArchive
        } else if Self.looksLikeHTML(head) {
            self = .webPage
        } else {
            self = .unknown
        }
    }

    /// Whether `head`, after a UTF-8 BOM and white space, starts with `<` and
    /// reads as a web page (``HTMLContentSniffer``); a saved MHT file, whose
    /// page is quoted-printable inside MIME, does not.
    private static func looksLikeHTML(_ head: ArraySlice<UInt8>) -> Bool {
        var rest = head.starts(with: [0xEF, 0xBB, 0xBF]) ? head.dropFirst(3) : head
        rest = rest.drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
        return rest.first == UInt8(ascii: "<") && HTMLContentSniffer.isHTML(Array(rest))
    }
}
