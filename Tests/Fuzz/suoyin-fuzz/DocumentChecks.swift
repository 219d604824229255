import Foundation
@testable import SuoyinCore

/// The invariants every document must keep on its way to the index, whatever
/// its format: what an extractor returns (``check(_:)``) and what the loader
/// makes of text (``check(text:title:headingLevels:maxLength:)``).
enum DocumentChecks {
    /// An extractor's output: its lines are separated by "\n" alone (so the
    /// lines citations count are its lines), trimmed, without a run of blank
    /// lines or a blank first or last line; headings and the title are on one
    /// line. Then the loader's invariants on its text.
    static func check(_ extracted: ExtractedText) {
        let lines = extracted.text.isEmpty ? [] : extracted.text.split(separator: "\n", omittingEmptySubsequences: false)
        require(!extracted.text.unicodeScalars.contains("\r"), "extracted text contains a carriage return")
        for (index, line) in lines.enumerated() {
            let scalars = line.unicodeScalars
            if scalars.isEmpty {
                require(index > 0 && index < lines.count - 1 && !lines[index - 1].isEmpty,
                        "line \(index + 1) of \(lines.count) is a needless blank line")
            } else {
                require(!ScalarTraits.isWhitespace(scalars.first!) && !ScalarTraits.isWhitespace(scalars.last!),
                        "line \(index + 1) is not trimmed: \(String(line).debugDescription)")
            }
        }
        for (line, level) in extracted.headingLevels {
            require(line >= 1 && line <= lines.count && !lines[line - 1].isEmpty && level >= 1,
                    "heading level \(level) at line \(line) of \(lines.count)")
        }
        if let title = extracted.title { checkOneLine(title, "title") }
        check(text: extracted.text, title: extracted.title, headingLevels: extracted.headingLevels)
    }

    /// What the loader does with a document's text: passages (see
    /// ``checkPassages(_:of:maxLength:)``), the title and the metadata, each
    /// on one line, and a date that is a real `YYYY-MM-DD` date.
    static func check(text: String, title: String?, headingLevels: [Int: Int], maxLength: Int = 300) {
        let passages = PassageSplitter(maxLength: maxLength).passages(in: text, headingLevels: headingLevels)
        checkPassages(passages, of: text, maxLength: maxLength)
        let title = title ?? TitleDetector.title(in: text)
        if let title { checkOneLine(title, "detected title") }
        let metadata = MetadataExtractor.metadata(lines: DocumentLoader.metadataLines(of: text), title: title)
        if let date = metadata.date {
            let parts = date.split(separator: "-").compactMap { Int($0) }
            require(date.utf8.count == 10 && parts.count == 3 && DocumentDate(year: parts[0], month: parts[1], day: parts[2]) != nil,
                    "date \(date.debugDescription) is not a YYYY-MM-DD date")
        }
        if let issuer = metadata.issuer { checkOneLine(issuer, "issuer") }
        if let number = metadata.number { checkOneLine(number, "document number") }
    }

    /// Each passage is exactly the text's scalars `start..<end`, within one
    /// line, at the line and column its start gives, neither empty, longer than
    /// `maxLength` nor starting or ending with white space; passages come in
    /// order without overlapping; section headings are single non-empty lines.
    static func checkPassages(_ passages: [Passage], of text: String, maxLength: Int) {
        let scalars = Array(text.unicodeScalars)
        var lineStarts = [0]
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
            if scalars[index] == "\n" || scalars[index] == "\r" { lineStarts.append(index + 1) }
            index += 1
        }
        var previousEnd = 0
        for (number, passage) in passages.enumerated() {
            let name = "passage \(number + 1) (\(passage.start)..<\(passage.end))"
            require(passage.start >= previousEnd && passage.start < passage.end && passage.end <= scalars.count,
                    "\(name) is out of order or outside the \(scalars.count) scalars")
            previousEnd = passage.end
            let slice = scalars[passage.start..<passage.end]
            require(Array(passage.text.unicodeScalars) == Array(slice), "\(name)'s text is not its slice of the document")
            require(slice.count <= maxLength, "\(name) is longer than \(maxLength)")
            require(!slice.contains("\n") && !slice.contains("\r"), "\(name) crosses a line end")
            require(!ScalarTraits.isWhitespace(slice.first!) && !ScalarTraits.isWhitespace(slice.last!),
                    "\(name) starts or ends with white space")
            let line = lineStarts.lastIndex { $0 <= passage.start }! + 1
            require(passage.line == line && passage.column == passage.start - lineStarts[line - 1] + 1,
                    "\(name) is cited at \(passage.line):\(passage.column), but starts at \(line):\(passage.start - lineStarts[line - 1] + 1)")
            for heading in passage.section { checkOneLine(heading, "\(name)'s section heading") }
        }
    }

    /// A value shown on one line of output: not empty, no line end.
    static func checkOneLine(_ value: String, _ what: String) {
        require(!value.isEmpty && !value.unicodeScalars.contains { $0 == "\n" || $0 == "\r" },
                "\(what) \(value.debugDescription) is empty or spans lines")
    }
}
