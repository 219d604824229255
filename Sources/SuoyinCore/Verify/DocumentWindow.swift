import GRDB
import TextAnalysis

/// Consecutive passages of one document read for verification: their
/// content characters, folded, each with the document offset it came from.
///
/// The index keeps passages, not the whitespace between them (line ends,
/// indentation, the spaces where a long line was cut), so what lies between
/// two passages counts as no content, and ``text(from:to:)`` shows it as the
/// line ends the line numbers give, then spaces: a stretch's text is always
/// exactly `end − start` code points long, as in the document.
struct DocumentWindow {
    /// The passages, in reading order.
    let passages: [PassageRecord]
    /// Their ids, parallel to ``passages``.
    let ids: [Int64]
    /// The folded content characters of all passages, in order.
    private(set) var content: [UInt32] = []
    /// For each content character: its passage's index in ``passages`` and its scalar offset in that passage.
    private(set) var origins: [(passage: Int, offset: Int)] = []
    /// Each passage's scalars, parallel to ``passages``.
    private let scalars: [[Unicode.Scalar]]

    /// For each passage, how many content characters come before it; one more entry: all of them.
    private(set) var contentStarts: [Int] = []
    /// The document's id and its first and last passage ids.
    let document: (id: Int64, first: Int64, last: Int64)

    /// Reads passages `ids` of the document that holds passage `of`, with the document's metadata
    /// (passages of other documents in the range are left out); nil when there is no such passage.
    init?(_ db: Database, ids range: ClosedRange<Int64>, of passage: Int64) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(PassageRecord.columns), p.id, p.documentId, d.firstPassage, d.lastPassage
            FROM passages p JOIN documents d ON d.id = p.documentId LEFT JOIN sections s ON s.id = p.sectionId
            WHERE p.id BETWEEN ? AND ? AND p.documentId = (SELECT documentId FROM passages WHERE id = ?) ORDER BY p.id
            """, arguments: [range.lowerBound, range.upperBound, passage])
        guard let first = rows.first else { return nil }
        document = (first["documentId"], first["firstPassage"], first["lastPassage"])
        passages = rows.map(PassageRecord.init(row:))
        ids = rows.map { $0["id"] }
        scalars = passages.map { Array($0.text.unicodeScalars) }
        for (index, passage) in scalars.enumerated() {
            contentStarts.append(content.count)
            for (offset, scalar) in passage.enumerated() {
                let folded = CharacterFolding.fold(scalar.value)
                guard CharacterClass(folded) != .separator else { continue }
                content.append(folded)
                origins.append((index, offset))
            }
        }
        contentStarts.append(content.count)
    }

    /// Whether the window holds `before` content characters before passage `id` and
    /// `after` after it, or reaches the document's start or end on that side.
    func covers(_ id: Int64, before: Int, after: Int) -> Bool {
        guard let index = ids.firstIndex(of: id) else { return false }
        let enoughBefore = contentStarts[index] >= before || ids[0] == document.first
        let enoughAfter = content.count - contentStarts[index + 1] >= after || ids[ids.count - 1] == document.last
        return enoughBefore && enoughAfter
    }

    /// The document offset of content character `index`.
    func documentOffset(of index: Int) -> Int {
        let origin = origins[index]
        return passages[origin.passage].start + origin.offset
    }

    /// The document offset just past content character `index`.
    func documentEnd(of index: Int) -> Int { documentOffset(of: index) + 1 }

    /// The passage that holds content character `index`.
    func passage(of index: Int) -> PassageRecord { passages[origins[index].passage] }

    /// The 1-based column of content character `index` in its line.
    func column(of index: Int) -> Int {
        let origin = origins[index]
        return passages[origin.passage].column + origin.offset
    }

    /// The document's text from offset `start` to `end` (exclusive), both
    /// inside this window; the gaps between passages as line ends and spaces.
    func text(from start: Int, to end: Int) -> String {
        var output = String.UnicodeScalarView()
        var position = start
        var previousLine: Int?
        for (index, passage) in passages.enumerated() where passage.end > start && passage.start < end {
            if passage.start > position {
                let gap = passage.start - position
                let lineEnds = min(gap, previousLine.map { passage.line - $0 } ?? 0)
                output.append(contentsOf: repeatElement("\n", count: max(0, lineEnds)))
                output.append(contentsOf: repeatElement(" ", count: gap - max(0, lineEnds)))
                position = passage.start
            }
            let from = position - passage.start
            let upTo = min(end, passage.end) - passage.start
            output.append(contentsOf: scalars[index][from..<upTo])
            position = passage.start + upTo
            previousLine = passage.line
        }
        return String(output)
    }
}
