import Testing
@testable import SuoyinCore

/// What must hold for the passages of any document.
enum PassageInvariants {
    /// Checks that each passage is exactly the document's scalars `start..<end`,
    /// its line and column agree with `start`, passages come in order without
    /// overlap, none is longer than `maxLength` or has whitespace at its ends,
    /// and the scalars that are not whitespace and lie in no passage are
    /// exactly those of `chromeLines` (1-based), which make no passage.
    static func check(_ passages: [Passage], of text: String, maxLength: Int, chromeLines: Set<Int> = [],
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(text.unicodeScalars)
        let lineStarts = lineStarts(of: scalars)
        var previousEnd = 0
        var covered = [Bool](repeating: false, count: scalars.count)
        for passage in passages {
            guard passage.start >= previousEnd, passage.start < passage.end, passage.end <= scalars.count else {
                Issue.record("\(passage) is out of order or out of bounds", sourceLocation: sourceLocation)
                return
            }
            previousEnd = passage.end
            let slice = scalars[passage.start..<passage.end]
            // Its line is the last line starting at or before it; its column counts from there.
            let line = lineStarts.lastIndex { $0 <= passage.start }! + 1
            let facts = [
                passage.text == String(String.UnicodeScalarView(slice)),
                passage.end - passage.start <= maxLength,
                passage.line == line,
                passage.column == passage.start - lineStarts[line - 1] + 1,
                !slice.contains { $0 == "\n" || $0 == "\r" },
                !ScalarTraits.isWhitespace(slice.first!) && !ScalarTraits.isWhitespace(slice.last!),
            ]
            #expect(facts.allSatisfy { $0 }, "\(facts) for \(passage)", sourceLocation: sourceLocation)
            for offset in passage.start..<passage.end { covered[offset] = true }
        }
        let visible = scalars.indices.filter {
            !ScalarTraits.isWhitespace(scalars[$0]) && scalars[$0] != "\n" && scalars[$0] != "\r"
        }
        // All of the chrome lines' scalars, and nothing else, lie in no passage.
        let missed = visible.filter { !covered[$0] }
        let onChromeLines = visible.filter { offset in chromeLines.contains(lineStarts.lastIndex { $0 <= offset }! + 1) }
        #expect(missed == onChromeLines, "scalars in no passage, against those of lines \(chromeLines.sorted())",
                sourceLocation: sourceLocation)
    }

    /// The scalar offset where each line starts, after "\n", "\r\n" or a lone "\r".
    private static func lineStarts(of scalars: [Unicode.Scalar]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                index += 1
            }
            if scalars[index] == "\n" || scalars[index] == "\r" { starts.append(index + 1) }
            index += 1
        }
        return starts
    }
}
