import Foundation

/// Reads, decodes and splits one file into a ``LoadedDocument``.
///
/// Plain text (`.txt`, `.md`) is decoded with encoding detection; web pages
/// (`.html`, `.htm`, `.shtml`, `.xhtml`, and `.asp`, `.aspx`, `.jsp`, `.php`
/// whose content is HTML, see ``HTMLContentSniffer``) are decoded by their
/// declared charset (else detected) and reduced to their text; Word files (`.docx`) and PDFs (`.pdf`, through
/// `pdftotext`) are converted to text. Pure work on one file, with no
/// database access, so it runs on the indexer's worker thread while the
/// writer inserts.
struct DocumentLoader: Sendable {
    /// Why a file is not indexed; the message completes "PATH: warning: …".
    struct Skip: Error, Equatable { var reason: String }

    let splitter = PassageSplitter()
    /// An encoding that overrides detection, if the user gave one.
    var forcedEncoding: TextEncoding? = nil

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
        var warnings: [String] = []
    }

    /// Loads `file`, whose `stat` gave `status`; `knownHash` is the hash the
    /// index holds for it, if any.
    ///
    /// Returns nil when the content hash equals `knownHash` (unchanged).
    func load(_ file: SourceFile, status: FileStatus, knownHash: String?) throws(Skip) -> LoadedDocument? {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.bytes(at: file.absolutePath)
        } catch {
            throw Skip(reason: "cannot be read (\(error.reason)); skipped")
        }
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
            characters: text.unicodeScalars.count, metadata: metadata, passages: passages,
            termCounts: LoadedDocument.termCounts(of: passages), warnings: content.warnings)
    }

    private func content(of file: SourceFile, bytes: [UInt8]) throws(Skip) -> Content {
        let fileExtension = (file.absolutePath as NSString).pathExtension.lowercased()
        if HTMLContentSniffer.serverPageExtensions.contains(fileExtension), !HTMLContentSniffer.isHTML(bytes) {
            throw Skip(reason: "not a saved web page (no <html> at its start; server code?); skipped")
        }
        switch fileExtension {
        case _ where HTMLContentSniffer.pageExtensions.contains(fileExtension)
                  || HTMLContentSniffer.serverPageExtensions.contains(fileExtension):
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
        default:
            var content = try decode(bytes, encoding: forcedEncoding, fallingBack: false)
            content.markdownHeadings = fileExtension == "md"
            return content
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
                           headingLevels: extracted.headingLevels)
        } catch {
            throw Skip(reason: "\(error.reason); skipped")
        }
    }

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
                head.append(text[front..<end])
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
                tail.append(text[start..<back])
                if !isBlank(tail[tail.count - 1]) { found += 1 }
            }
            back = start == front ? front : utf8.index(before: start)
        }
        return head + tail.reversed()
    }
}
