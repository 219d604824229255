/// Reads, decodes and splits one file into a ``LoadedDocument``.
///
/// Pure work on one file, with no database access, so it can run on another
/// thread than the writer.
struct DocumentLoader: Sendable {
    /// Why a file is not indexed; the message completes "PATH: warning: …".
    struct Skip: Error, Equatable { var reason: String }

    let splitter = PassageSplitter()
    /// An encoding name that overrides detection, if the user gave one.
    var forcedEncoding: String? = nil

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
        let decoded = try decode(bytes)
        let passages = splitter.passages(in: decoded.text)
        if passages.isEmpty { throw Skip(reason: "no text (only blank lines); skipped") }
        let fileName = file.path.split(separator: "/").last.map(String.init) ?? file.path
        return LoadedDocument(
            file: file, status: status, hash: hash,
            title: TitleDetector.title(in: decoded.text) ?? fileName,
            encoding: decoded.encoding, characters: decoded.text.unicodeScalars.count, passages: passages)
    }

    private func decode(_ bytes: [UInt8]) throws(Skip) -> (text: String, encoding: String) {
        if bytes.contains(0) { throw Skip(reason: "binary file (contains NUL bytes); skipped") }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? bytes[3...] : bytes[...]
        guard let text = String(validating: body, as: UTF8.self) else {
            throw Skip(reason: "not valid UTF-8; skipped")
        }
        return (text, hasBOM ? "UTF-8 (BOM)" : "UTF-8")
    }
}
