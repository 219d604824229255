import Foundation
import SuoyinCore
import TextAnalysis

/// A corpus document as the tests see it, computed without the index: its
/// decoded code points and its passages from ``PassageSplitter``.
struct CorpusDocument: Sendable {
    /// As `suoyin` cites it from the copy's folder: `Corpus/NAME.txt`.
    var path: String
    /// The decoded document (BOM removed), one element per code point.
    var scalars: [Unicode.Scalar]
    var passages: [Passage]

    /// Reads and decodes the UTF-8 file at `url`.
    init(path: String, url: URL) throws {
        var bytes = [UInt8](try Data(contentsOf: url))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self)
        self.path = path
        scalars = Array(text.unicodeScalars)
        passages = PassageSplitter().passages(in: text)
    }

    /// The document's code points `start..<end` as a string.
    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// The 1-based line and code point column of `offset`; `\n`, `\r\n` and `\r` end lines.
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < offset {
            if scalars[index] == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" { index += 1 }
            if scalars[index] == "\n" || scalars[index] == "\r" {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return (line, offset - lineStart + 1)
    }
}

/// Brute-force answers computed from the corpus files, to compare with `suoyin`.
enum CorpusModel {
    /// The five reports of the repository's `Corpus/`, by path.
    static let documents: [String: CorpusDocument] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: CorpusCopy.source.path)) ?? []
        var documents: [String: CorpusDocument] = [:]
        for name in names where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            let path = "Corpus/" + name
            documents[path] = try? CorpusDocument(path: path, url: CorpusCopy.source.appendingPathComponent(name))
        }
        return documents
    }()

    /// Every passage of the corpus.
    static var passages: [Passage] { documents.values.flatMap(\.passages) }

    /// The number of passages whose folded text satisfies `test`.
    static func passageCount(where test: ([Unicode.Scalar]) -> Bool) -> Int {
        passages.filter { test(folded($0.text)) }.count
    }

    /// The number of passages whose folded text contains `term` (folded).
    static func passageCount(containing term: String) -> Int {
        passageCount { contains($0, term) }
    }

    /// `text` folded one code point at a time, as the index folds it; offsets are preserved.
    static func folded(_ text: String) -> [Unicode.Scalar] {
        Array(CharacterFolding.fold(text).unicodeScalars)
    }

    /// Whether folded `scalars` contain the folded `term`.
    static func contains(_ scalars: [Unicode.Scalar], _ term: String) -> Bool {
        !occurrences(of: folded(term), in: scalars).isEmpty
    }

    /// Whether `text` contains `term`, both folded.
    static func contains(_ text: String, _ term: String) -> Bool {
        contains(folded(text), term)
    }

    /// Every code point range where `term` occurs in `text`.
    static func occurrences(of term: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Range<Int>] {
        guard !term.isEmpty, term.count <= text.count else { return [] }
        return (0...(text.count - term.count)).filter { start in
            text[start..<(start + term.count)].elementsEqual(term)
        }.map { $0..<($0 + term.count) }
    }

    /// The highlights the contract asks for: one range per folded occurrence
    /// of any of `terms` in `text`, overlapping and adjacent ranges merged.
    static func expectedHighlights(of terms: [String], in text: String) -> [[Int]] {
        let foldedText = folded(text)
        let ranges = terms.flatMap { occurrences(of: folded($0), in: foldedText) }
            .sorted { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in ranges {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged.map { [$0.lowerBound, $0.upperBound] }
    }
}
