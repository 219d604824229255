import Foundation

/// Extracts indexable text from Word 97–2003 (`.doc`) and WPS Office
/// (`.wps`) files with a Debian converter: `catdoc`, else `antiword`.
///
/// Policies:
/// - `catdoc -w -d utf-8 FILE` is preferred: it keeps each paragraph on one
///   line (`-w`), Chinese text intact, tabs, and line breaks as new lines.
///   `antiword -w 0 -m UTF-8.txt FILE` is the fallback: it also keeps
///   paragraphs whole, but it numbers Word's outline headings itself
///   (`1 （一）…`) and rejects very short documents.
/// - Both write characters beyond U+FFFF as two encoded surrogates; these
///   are joined back (``CESU8``); other invalid bytes become U+FFFD.
/// - Form feeds and vertical tabs end lines; lines follow ``TextLines``.
/// - Neither converter reports headings or the title that this reads: the
///   title comes from the text (``TitleDetector``), headings from their
///   numbering, as for plain text.
/// - No converter on the search path, a failed run, or no text at all is an
///   ``ExtractionFailure``.
public enum WordBinaryTextExtractor {
    /// The failure when neither converter can be found.
    public static let notInstalled = ExtractionFailure(
        reason: "catdoc or antiword not found; install catdoc (apt-get install catdoc) to index .doc and .wps files")

    /// The converters tried, best first: the program and its arguments before the file.
    static let converters: [(name: String, arguments: [String])] = [
        ("catdoc", ["-w", "-d", "utf-8"]),
        ("antiword", ["-w", "0", "-m", "UTF-8.txt"]),
    ]

    /// The text of the Word or WPS file at `path`, using the first converter
    /// found in `searchPath` (by default the `PATH` environment variable).
    public static func extract(
        path: String, searchPath: String? = ProcessInfo.processInfo.environment["PATH"]
    ) throws(ExtractionFailure) -> ExtractedText {
        guard let (name, executable, arguments) = converters.lazy.compactMap({ converter in
            CommandRunner.executable(named: converter.name, searchPath: searchPath)
                .map { (converter.name, $0, converter.arguments) }
        }).first else {
            throw notInstalled
        }
        // A path starting with "-" would be read as an option.
        let file = path.hasPrefix("-") ? "./" + path : path
        let result: CommandRunner.Result
        do {
            result = try CommandRunner.run(executable, arguments + [file])
        } catch {
            throw ExtractionFailure(reason: "cannot run \(executable) (\(error.localizedDescription))")
        }
        guard result.status == 0 else {
            throw ExtractionFailure(reason: "\(name) cannot read it (exit status \(result.status)\(detail(result.errors, result.output)))")
        }
        var lines = TextLines()
        let text = CESU8.decode([UInt8](result.output))
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: {
            $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\u{0C}" || $0 == "\u{0B}"
        }) {
            lines.append(line)
        }
        guard lines.count > 0 else { throw ExtractionFailure(reason: "no text to index") }
        return lines.extractedText(title: nil)
    }

    /// ": " and the last line that says something of `errors` (else of
    /// `output`: antiword explains itself on standard output), at most 200
    /// characters; or "".
    private static func detail(_ errors: Data, _ output: Data) -> String {
        for stream in [errors, output] {
            let lines = String(decoding: stream, as: UTF8.self).split(whereSeparator: \.isNewline)
            if let last = lines.last(where: { !$0.allSatisfy(\.isWhitespace) }) { return ": " + last.prefix(200) }
        }
        return ""
    }
}
