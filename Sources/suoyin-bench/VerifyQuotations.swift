import GRDB
import TestSupport
import TextAnalysis

/// Quotations for the verify benchmark, drawn from the index's own
/// documents with a seeded generator: exact stretches, the same with one
/// character changed, in the other script, two stretches joined by an
/// ellipsis, and stretches across a line break.
struct VerifyQuotations {
    /// What a quotation was made to test.
    enum Kind: String, CaseIterable {
        case exact = "exact, 200 characters"
        case altered = "one character changed"
        case otherScript = "other script"
        case ellipsis = "with an ellipsis"
        case lineBreak = "across a line break"
    }

    /// A quotation and its kind.
    struct Quotation {
        var kind: Kind
        var text: String
    }

    /// A document's text as passages in reading order: a line end between
    /// lines, nothing between passages of one line; each scalar flagged as content or not.
    private struct DocumentText {
        var scalars: [Unicode.Scalar] = []
        /// Indices in `scalars` of the content characters.
        var content: [Int] = []
        /// Indices in `content` before which a line ends.
        var lineBreaks: [Int] = []

        init(_ db: Database, passages: ClosedRange<Int64>) throws {
            var previousLine: Int?
            for row in try Row.fetchAll(db, sql: "SELECT line, text FROM passages WHERE id BETWEEN ? AND ? ORDER BY id",
                                        arguments: [passages.lowerBound, passages.upperBound]) {
                let line: Int = row[0]
                if let previousLine, previousLine != line {
                    scalars.append("\n")
                    lineBreaks.append(content.count)
                }
                previousLine = line
                for scalar in (row[1] as String).unicodeScalars {
                    if CharacterClass(CharacterFolding.fold(scalar.value)) != .separator { content.append(scalars.count) }
                    scalars.append(scalar)
                }
            }
        }

        /// The text from content character `from` through content character `through`.
        func text(from: Int, through: Int) -> String {
            String(String.UnicodeScalarView(scalars[content[from]...content[through]]))
        }
    }

    /// `perKind` quotations of each kind from documents of `path`.
    static func draw(_ db: Database, perKind: Int, length: Int, script: TraditionalScript,
                     seed: UInt64) throws -> [Quotation] {
        var random = SplitMix64(seed: seed ^ 0x5645_5249_4659)
        let documents = try Row.fetchAll(db, sql: "SELECT firstPassage, lastPassage FROM documents WHERE lastPassage >= firstPassage")
            .map { ($0[0] as Int64)...($0[1] as Int64) }
        guard !documents.isEmpty else { return [] }
        var quotations: [Quotation] = []
        for kind in Kind.allCases {
            var made = 0
            var attempts = 0
            while made < perKind && attempts < perKind * 50 {
                attempts += 1
                let document = try DocumentText(db, passages: random.element(of: documents))
                guard let text = quotation(kind, in: document, length: length, script: script, random: &random) else { continue }
                quotations.append(Quotation(kind: kind, text: text))
                made += 1
            }
        }
        return quotations
    }

    private static func quotation(_ kind: Kind, in document: DocumentText, length: Int, script: TraditionalScript,
                                  random: inout SplitMix64) -> String? {
        let count = document.content.count
        switch kind {
        case .exact, .altered, .otherScript:
            guard count > length else { return nil }
            let start = random.below(count - length)
            let text = document.text(from: start, through: start + length - 1)
            switch kind {
            case .altered: return altered(text, random: &random)
            case .otherScript: return CharacterFolding.fold(text) == text ? script.convert(text) : CharacterFolding.fold(text)
            default: return text
            }
        case .ellipsis:
            let part = length * 3 / 10
            guard count > 3 * part + 10 else { return nil }
            let first = random.below(count - 3 * part)
            let second = first + part + 10 + random.below(count - first - 2 * part - 10)
            return document.text(from: first, through: first + part - 1) + "……"
                + document.text(from: second, through: second + part - 1)
        case .lineBreak:
            let half = length / 2
            let breaks = document.lineBreaks.filter { $0 >= half && $0 + half <= count }
            guard !breaks.isEmpty else { return nil }
            let at = random.element(of: breaks)
            return document.text(from: at - half, through: at + half - 1)
        }
    }

    /// `text` with its middle Han character replaced by another.
    private static func altered(_ text: String, random: inout SplitMix64) -> String? {
        var scalars = Array(text.unicodeScalars)
        let han = scalars.indices.filter { (0x4E00...0x9FA5).contains(scalars[$0].value) }
        guard !han.isEmpty else { return nil }
        let index = han[han.count / 2]
        let replacement = 0x4E00 + (scalars[index].value - 0x4E00 + 1 + UInt32(random.below(500))) % (0x9FA6 - 0x4E00)
        scalars[index] = Unicode.Scalar(replacement)!
        return String(String.UnicodeScalarView(scalars))
    }
}
