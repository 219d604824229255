import Foundation

/// Reads, decodes and splits one file into a ``LoadedDocument``.
///
/// Plain text (`.txt`, `.md`) is decoded with encoding detection; web pages
/// (`.html`, `.htm`, `.shtml`, `.xhtml`, and `.asp`, `.aspx`, `.jsp`, `.php`
/// whose content is HTML, see ``HTMLContentSniffer``) are decoded by their
/// declared charset (else detected) and reduced to their text; Word files
/// (`.docx`), OpenDocument texts (`.odt`), RTF, OFD, legacy Word and WPS
/// files (`.doc`, `.wps`, through `catdoc` or `antiword`) and PDFs (`.pdf`,
/// through `pdftotext`) are converted to text. Pure work on one file, with no
/// database access, so it runs on the indexer's worker thread while the
/// writer inserts.
struct DocumentLoader: Sendable {
    /// Why a file is not indexed; the message completes "PATH: warning: …".
    struct Skip: Error, Equatable { var reason: String }

    let splitter = PassageSplitter()
    /// An encoding that overrides detection, if the user gave one.
    var forcedEncoding: TextEncoding? = nil
    /// Files larger than this many bytes are skipped unread.
    var maximumFileSize = FileReader.defaultLimit

    /// The text of a file, with what its format says about it.
    private struct Content {
        var text: String
        var encoding: String
        var title: String? = nil
        var headingLevels: [Int: Int] = [:]
        /// Whether `# ` lines are Markdown headings: only in `.md` files.
        var markdownHeadings = false
        /// Whether the text is a web page's (see ``PageChrome``).
        var isWebPage = false
        var metadata = DocumentMetadata()
        var pageLines: PageLines? = nil
        var warnings: [String] = []
    }

    /// Loads `file`, whose `stat` gave `status`; `knownHash` is the hash the
    /// index holds for it, if any.
    ///
    /// Returns nil when the content hash equals `knownHash` (unchanged).
    func load(_ file: SourceFile, status: FileStatus, knownHash: String?) throws(Skip) -> LoadedDocument? {
        let bytes = try read(file)
        let hash = bytes.withUnsafeBytes { ContentHash.of($0) }
        if hash == knownHash { return nil }
        if bytes.isEmpty { throw Skip(reason: "empty file; skipped") }

        let content = try self.content(of: file, bytes: bytes)
        let text = content.text
        let fileName = file.path.split(separator: "/").last.map(String.init) ?? file.path
        let title = content.title ?? TitleDetector.title(in: text, markdownHeadings: content.markdownHeadings)
        let passages = splitter.passages(
            in: text, headingLevels: content.headingLevels, markdownHeadings: content.markdownHeadings,
            isWebPage: content.isWebPage, title: title)
        if passages.isEmpty { throw Skip(reason: "no text (only blank lines or page chrome); skipped") }
        let found = MetadataExtractor.metadata(lines: Self.metadataLines(of: text), title: title)
        // What the page's markup says (an information table) outranks what its lines suggest.
        let metadata = DocumentMetadata(date: content.metadata.date ?? found.date,
                                        issuer: content.metadata.issuer ?? found.issuer,
                                        number: content.metadata.number ?? found.number)
        return LoadedDocument(
            file: file, status: status, hash: hash, title: title ?? fileName, encoding: content.encoding,
            characters: text.unicodeScalars.count, metadata: metadata, passages: passages, pageLines: content.pageLines,
            termCounts: LoadedDocument.termCounts(of: passages),
            copyKeys: passages.map { DuplicateKey($0.text).stored }, warnings: content.warnings)
    }

    /// The file's bytes; a text file that looks binary is refused from its first bytes.
    private func read(_ file: SourceFile) throws(Skip) -> [UInt8] {
        // Only formats read as text: Word files, PDFs and other containers hold binary bytes by design.
        let isText = ["txt", "md", "html", "htm"].contains((file.absolutePath as NSString).pathExtension.lowercased())
        let allowsNUL = forcedEncoding?.allowsNULBytes ?? false
        do {
            return try FileReader.bytes(at: file.absolutePath, limit: maximumFileSize) { prefix in
                // UTF-16 text is full of NUL bytes: its byte order mark lets the decoder judge it.
                guard isText, !allowsNUL, !prefix.starts(with: [0xFF, 0xFE]), !prefix.starts(with: [0xFE, 0xFF]),
                      BinarySniffer.looksBinary(prefix) else { return nil }
                return DecodingFailure.binary.description
            }
        } catch {
            switch error {
            case .unreadable(let reason): throw Skip(reason: "cannot be read (\(reason)); skipped")
            case .notRegularFile(let kind): throw Skip(reason: "\(kind), not a regular file; skipped")
            case .tooLarge(let limit):
                throw Skip(reason: "larger than \(limit >> 20) MB, the size limit (raise it with --max-file-size); skipped")
            case .rejected(let reason): throw Skip(reason: "\(reason); skipped")
            }
        }
    }

    private func content(of file: SourceFile, bytes: [UInt8]) throws(Skip) -> Content {
        let fileExtension = (file.absolutePath as NSString).pathExtension.lowercased()
        if HTMLContentSniffer.serverPageExtensions.contains(fileExtension), !HTMLContentSniffer.isHTML(bytes) {
            throw Skip(reason: "not a saved web page (no <html> at its start; server code?); skipped")
        }
        return try content(of: file, bytes: bytes, format: fileExtension)
    }

    /// The content of `file` read as the format `format` names: its extension,
    /// or what a `.doc` or `.wps` file turned out to hold.
    private func content(of file: SourceFile, bytes: [UInt8], format: String) throws(Skip) -> Content {
        switch format {
        case _ where HTMLContentSniffer.pageExtensions.contains(format)
                  || HTMLContentSniffer.serverPageExtensions.contains(format):
            let declared = HTMLTextExtractor.declaredCharset(in: bytes).flatMap(TextEncoding.init(name:))
            var content = try decode(bytes, encoding: forcedEncoding ?? declared, fallingBack: forcedEncoding == nil)
            let extracted = HTMLTextExtractor.extract(from: content.text)
            content.text = extracted.text
            content.title = extracted.title
            content.headingLevels = extracted.headingLevels
            content.metadata = extracted.metadata
            content.isWebPage = true
            content.encoding += ", HTML"
            return content
        case "docx":
            return try converted("Word document") { () throws(ExtractionFailure) in
                try DocxTextExtractor.extract(from: Data(bytes))
            }
        case "pdf":
            return try converted("PDF") { () throws(ExtractionFailure) in
                try PDFTextExtractor.extract(path: file.absolutePath)
            }
        case "odt":
            return try converted("OpenDocument text") { () throws(ExtractionFailure) in
                try OpenDocumentTextExtractor.extract(from: Data(bytes))
            }
        case "rtf":
            return try converted("RTF") { () throws(ExtractionFailure) in try RTFTextExtractor.extract(from: bytes) }
        case "ofd":
            return try converted("OFD") { () throws(ExtractionFailure) in
                try OFDTextExtractor.extract(from: Data(bytes))
            }
        case "doc", "wps":
            return try legacyWord(file, bytes: bytes, format: format)
        default:
            var content = try decode(bytes, encoding: forcedEncoding, fallingBack: false)
            content.markdownHeadings = format == "md"
            return content
        }
    }

    /// A `.doc` or `.wps` file, read as what its first bytes say it is.
    private func legacyWord(_ file: SourceFile, bytes: [UInt8], format: String) throws(Skip) -> Content {
        switch WordFileKind(bytes: bytes) {
        case .compoundDocument:
            return try converted(format == "wps" ? "WPS document" : "Word 97-2003 document") { () throws(ExtractionFailure) in
                try WordBinaryTextExtractor.extract(path: file.absolutePath)
            }
        case .richText: return try content(of: file, bytes: bytes, format: "rtf")
        case .zipArchive: return try content(of: file, bytes: bytes, format: "docx")
        case .webPage: return try content(of: file, bytes: bytes, format: "html")
        case .unknown:
            throw Skip(reason: "not a Word or WPS document (neither an OLE compound file nor RTF, a .docx or a web page); skipped")
        }
    }

    /// Decodes `bytes` in `encoding` (detected when nil); with `fallingBack`,
    /// a failure in a declared encoding retries with detection, since web
    /// pages do misdeclare their charset.
    private func decode(_ bytes: [UInt8], encoding: TextEncoding?, fallingBack: Bool) throws(Skip) -> Content {
        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(bytes, forcedEncoding: encoding)
        } catch {
            if fallingBack, encoding != nil { return try decode(bytes, encoding: nil, fallingBack: false) }
            let advice = error == .binary ? "" : " with --encoding"
            throw Skip(reason: "\(error.description)\(advice); skipped")
        }
        return Content(
            text: decoded.text, encoding: decoded.encoding.rawValue + (decoded.hasByteOrderMark ? " (BOM)" : ""),
            warnings: decoded.replacements > 0
                ? ["\(decoded.replacements) invalid byte sequence(s) replaced with U+FFFD; indexed the rest"] : [])
    }

    /// The text a converter extracts from a formatted file.
    private func converted(
        _ format: String, _ extract: () throws(ExtractionFailure) -> ExtractedText
    ) throws(Skip) -> Content {
        do {
            let extracted = try extract()
            return Content(text: extracted.text, encoding: format, title: extracted.title,
                           headingLevels: extracted.headingLevels, pageLines: extracted.pageLines)
        } catch {
            throw Skip(reason: "\(error.reason); skipped")
        }
    }

    /// At most the first ``longestMetadataLine`` scalars of `line`: labels, dates and
    /// signatures are short, and the rules need not scan a 200 MB line.
    private static func metadataLine(_ line: Substring) -> Substring {
        Substring(line.unicodeScalars.prefix(longestMetadataLine))
    }

    /// The most scalars of one line that metadata extraction reads.
    static let longestMetadataLine = 1_000

    /// The lines ``MetadataExtractor`` reads: the first `headLineCount`
    /// non-blank lines and the last `tailLineCount` plus one (the line above
    /// a closing date may sign it), or every line of a short document.
    ///
    /// Lines are found from both ends on UTF-8 bytes, so a long document is
    /// never split whole just for its metadata.
    static func metadataLines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        func isLineEnd(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
        func isBlank(_ line: Substring) -> Bool { line.unicodeScalars.allSatisfy(ScalarTraits.isWhitespace) }

        var head: [Substring] = []
        var found = 0
        var front = utf8.startIndex
        while front < utf8.endIndex, found < MetadataExtractor.headLineCount {
            let end = utf8[front...].firstIndex(where: isLineEnd) ?? utf8.endIndex
            if end > front {
                head.append(Self.metadataLine(text[front..<end]))
                if !isBlank(head[head.count - 1]) { found += 1 }
            }
            front = end == utf8.endIndex ? end : utf8.index(after: end)
        }

        var tail: [Substring] = []
        found = 0
        var back = utf8.endIndex
        while back > front, found <= MetadataExtractor.tailLineCount {
            let start = utf8[front..<back].lastIndex(where: isLineEnd).map { utf8.index(after: $0) } ?? front
            if start < back {
                tail.append(Self.metadataLine(text[start..<back]))
                if !isBlank(tail[tail.count - 1]) { found += 1 }
            }
            back = start == front ? front : utf8.index(before: start)
        }
        return head + tail.reversed()
    }
}
