/// Extracts indexable text from Rich Text Format files (`.rtf`, and `.doc`
/// files that are RTF inside).
///
/// Policies:
/// - Each paragraph is a line, and so is each part of one split by `\line`;
///   table cells are lines too. See ``RTFReader`` for what counts as text
///   and how bytes are decoded. Lines follow ``TextLines``.
/// - Paragraphs with an outline level, or in a heading style, are headings.
/// - The title is `\title` from `\info` when it is not empty, else the
///   first heading line.
public enum RTFTextExtractor {
    /// The text, title and headings of an RTF file's bytes.
    ///
    /// Throws when the bytes do not start with `{\rtf` or hold no text.
    /// Reading is one pass with bounded state, whatever the input.
    public static func extract(from bytes: [UInt8]) throws(ExtractionFailure) -> ExtractedText {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard bytes[start...].starts(with: Array("{\\rtf".utf8)) else {
            throw ExtractionFailure(reason: "not an RTF file (it does not start with {\\rtf)")
        }
        var reader = RTFReader(Array(bytes[start...]))
        reader.read()
        guard reader.lines.count > 0 else { throw ExtractionFailure(reason: "no text to index") }
        return reader.lines.extractedText(title: reader.documentTitle ?? reader.firstHeading)
    }
}
