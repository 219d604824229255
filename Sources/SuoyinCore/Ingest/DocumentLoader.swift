/// Reads, decodes and splits one file into a ``LoadedDocument``.
///
/// Pure work on one file, with no database access, so it runs on the
/// indexer's worker thread while the writer inserts.
struct DocumentLoader: Sendable {
    /// Why a file is not indexed; the message completes "PATH: warning: …".
    struct Skip: Error, Equatable { var reason: String }

    let splitter = PassageSplitter()
    /// An encoding that overrides detection, if the user gave one.
    var forcedEncoding: TextEncoding? = nil

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

        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(bytes, forcedEncoding: forcedEncoding)
        } catch {
            let advice = error == .binary ? "" : " with --encoding"
            throw Skip(reason: "\(error.description)\(advice); skipped")
        }
        let text = decoded.text
        let passages = splitter.passages(in: text)
        if passages.isEmpty { throw Skip(reason: "no text (only blank lines or page chrome); skipped") }
        let fileName = file.path.split(separator: "/").last.map(String.init) ?? file.path
        let detectedTitle = TitleDetector.title(in: text)
        let metadata = MetadataExtractor.metadata(lines: Self.lines(of: text), title: detectedTitle)
        return LoadedDocument(
            file: file, status: status, hash: hash, title: detectedTitle ?? fileName,
            encoding: decoded.encoding.rawValue + (decoded.hasByteOrderMark ? " (BOM)" : ""),
            characters: text.unicodeScalars.count, metadata: metadata, passages: passages,
            warnings: decoded.replacements > 0
                ? ["\(decoded.replacements) invalid byte sequence(s) replaced with U+FFFD; indexed the rest"] : [])
    }

    /// The non-empty lines of `text`, split at "\n" and "\r" — on UTF-8
    /// bytes, because splitting by `Character` is far slower on big files.
    static func lines(of text: String) -> [Substring] {
        text.utf8.split { $0 == 0x0A || $0 == 0x0D }.map { Substring($0) }
    }
}
