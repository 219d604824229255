import Foundation
import TextAnalysis

/// Every passage's folded text in one buffer, for brute-force matching: a
/// phrase matches a passage when the passage's folded text contains the
/// folded phrase.
///
/// Passages are separated by a newline, which neither passages nor queries
/// contain, so no match spans two passages. Folding works one code point at
/// a time and UTF-8 is self-synchronizing, so a byte match is a code point
/// match.
struct FoldedPassages {
    /// The folded passages, each followed by a newline.
    private(set) var bytes: [UInt8] = []
    /// `starts[i]` is where passage `i` begins; one more entry marks the end.
    private(set) var starts: [Int] = []
    /// The rowid of each passage in the index.
    private(set) var ids: [Int64] = []

    var count: Int { ids.count }

    init(index: IndexFile) throws(BenchError) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var ids: [Int64] = []
        try index.forEachPassage { id, text in
            starts.append(bytes.count)
            ids.append(id)
            bytes.append(contentsOf: CharacterFolding.fold(text).utf8)
            bytes.append(0x0A)
        }
        starts.append(bytes.count)
        (self.bytes, self.starts, self.ids) = (bytes, starts, ids)
    }

    /// How many passages `query` matches, by Suoyin's rules applied to plain text.
    func count(matching query: BenchQuery) -> Int {
        passages(matching: query).count
    }

    /// The passages `query` matches within one passage, by Suoyin's rules applied to plain text.
    func passages(matching query: BenchQuery) -> Set<Int> {
        switch query.kind {
        case .expression:
            guard let expression = query.expression else { return [] }
            return expression.evaluate({ passages(containing: $0) }, near: { passages(with: $0, near: $1, distance: $2) })
        case .numeral:
            return passages(containingAnyOf: Array(query.terms.dropFirst()))
        case .phrase, .and, .or, .not:
            let sets = query.terms.map { passages(containing: $0) }
            switch query.kind {
            case .and: return sets[0].intersection(sets[1])
            case .or: return sets[0].union(sets[1])
            case .not: return sets[0].subtracting(sets[1])
            default: return sets[0]
            }
        }
    }

    /// The indexes of the passages whose folded text contains the folded `phrase`.
    func passages(containing phrase: String) -> Set<Int> {
        let needle = Array(CharacterFolding.fold(phrase).utf8)
        var found = Set<Int>()
        guard !needle.isEmpty else { return found }
        let search = ByteSearch(needle)
        bytes.withUnsafeBufferPointer { haystack in
            var offset = 0
            while let hit = search.firstOffset(in: haystack, from: offset) {
                let passage = passageIndex(atByte: hit)
                found.insert(passage)
                offset = starts[passage + 1]
            }
        }
        return found
    }

    /// The folded text of passage `index`, without its newline.
    func text(ofPassage index: Int) -> String {
        String(decoding: bytes[starts[index]..<(starts[index + 1] - 1)], as: UTF8.self)
    }

    /// The passage holding byte `offset`: the last start at or before it.
    func passageIndex(atByte offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low + 1 < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle } else { high = middle }
        }
        return low
    }
}
