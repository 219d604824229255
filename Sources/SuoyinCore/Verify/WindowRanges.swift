import GRDB
import TextAnalysis

/// The passages to read around candidate passages: for a quotation without
/// an ellipsis, enough passages before and after each candidate to hold the
/// quotation wherever its term stands in it (counted in content characters);
/// with an ellipsis, the whole document, since the omitted stretches may be
/// any length. Overlapping and adjacent ranges of one document are merged.
enum WindowRanges {
    /// A range of passage ids within one document.
    struct Range {
        var document: Int64
        var ids: ClosedRange<Int64>
    }

    /// `before` content characters are needed before each candidate passage and `after` after it.
    static func ranges(_ db: Database, around passages: [(id: Int64, before: Int, after: Int)],
                       wholeDocuments: Bool) throws -> [Range] {
        var ranges: [Range] = []
        for candidate in passages {
            guard let row = try Row.fetchOne(try db.cachedStatement(sql: """
                SELECT p.documentId, d.firstPassage, d.lastPassage FROM passages p JOIN documents d ON d.id = p.documentId
                WHERE p.id = ?
                """), arguments: [candidate.id]) else { continue }
            let first: Int64 = row[1]
            let last: Int64 = row[2]
            if wholeDocuments {
                ranges.append(Range(document: row[0], ids: first...last))
                continue
            }
            let lower = try reach(db, from: candidate.id, toward: first, content: candidate.before)
            let upper = try reach(db, from: candidate.id, toward: last, content: candidate.after)
            ranges.append(Range(document: row[0], ids: lower...upper))
        }
        return merged(ranges)
    }

    /// The farthest passage id from `id` toward `bound` needed to cover `content`
    /// content characters beyond passage `id` (reading 8 passages at a time).
    private static func reach(_ db: Database, from id: Int64, toward bound: Int64, content: Int) throws -> Int64 {
        let step: Int64 = bound < id ? -1 : 1
        var position = id
        var counted = 0
        while counted < content && position != bound {
            let next = position + step
            let far = step > 0 ? min(bound, next + 7) : max(bound, next - 7)
            let texts = try String.fetchAll(try db.cachedStatement(sql: """
                SELECT text FROM passages WHERE id BETWEEN ? AND ? ORDER BY id
                """), arguments: [min(next, far), max(next, far)])
            for text in step > 0 ? texts : texts.reversed() {
                position += step
                counted += contentCount(text)
                if counted >= content { break }
            }
            if texts.isEmpty { break }
        }
        return position
    }

    /// How many content characters `text` has (``Quotation``'s rule).
    static func contentCount(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where CharacterClass(CharacterFolding.fold(scalar.value)) != .separator {
            count += 1
        }
        return count
    }

    private static func merged(_ ranges: [Range]) -> [Range] {
        let sorted = ranges.sorted { $0.ids.lowerBound < $1.ids.lowerBound }
        var result: [Range] = []
        for range in sorted {
            if let last = result.last, last.document == range.document, range.ids.lowerBound <= last.ids.upperBound + 1 {
                result[result.count - 1].ids = last.ids.lowerBound...max(last.ids.upperBound, range.ids.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
