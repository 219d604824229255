import TextAnalysis

/// Brute force for the query language on the folded passages: phrases that
/// begin or end with a Latin letter or digit match as whole words, and
/// `NEAR` is measured in characters on the text.
extension FoldedPassages {
    /// The passages where any of `forms` occurs; a form that starts (ends)
    /// with an ASCII letter or digit must not have one just before (after)
    /// it, as Suoyin matches Latin letters and digits as whole words.
    func passages(containingAnyOf forms: [String]) -> Set<Int> {
        forms.reduce(into: Set<Int>()) { $0.formUnion(passages(containingWord: $1)) }
    }

    /// The passages where the folded `phrase` occurs with whole words at its ends.
    func passages(containingWord phrase: String) -> Set<Int> {
        let needle = Array(CharacterFolding.fold(phrase).utf8)
        guard let first = needle.first, let last = needle.last else { return [] }
        let (checkBefore, checkAfter) = (Self.isWordByte(first), Self.isWordByte(last))
        var found = Set<Int>()
        let search = ByteSearch(needle)
        bytes.withUnsafeBufferPointer { haystack in
            var offset = 0
            while let hit = search.firstOffset(in: haystack, from: offset) {
                let end = hit + needle.count
                let wholeBefore = !checkBefore || hit == 0 || !Self.isWordByte(haystack[hit - 1])
                let wholeAfter = !checkAfter || end == haystack.count || !Self.isWordByte(haystack[end])
                if wholeBefore && wholeAfter {
                    let passage = passageIndex(atByte: hit)
                    found.insert(passage)
                    offset = starts[passage + 1]
                } else {
                    offset = hit + 1
                }
            }
        }
        return found
    }

    /// The passages where `first` and `second` both occur with at most
    /// `distance` characters strictly between the end of one and the start
    /// of the other, in either order; overlapping occurrences count as 0.
    func passages(with first: String, near second: String, distance: Int) -> Set<Int> {
        let a = Array(CharacterFolding.fold(first).unicodeScalars)
        let b = Array(CharacterFolding.fold(second).unicodeScalars)
        let candidates = passages(containing: first).intersection(passages(containing: second))
        return candidates.filter { passage in
            let text = Array(text(ofPassage: passage).unicodeScalars)
            let x = Self.occurrences(of: a, in: text)
            let y = Self.occurrences(of: b, in: text)
            return x.contains { p in y.contains { q in max(p, q) - min(p + a.count, q + b.count) <= distance } }
        }
    }

    /// The scalar offsets where `needle` starts in `text`.
    private static func occurrences(of needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, text.count >= needle.count else { return [] }
        return (0...(text.count - needle.count)).filter { start in
            needle.indices.allSatisfy { text[start + $0] == needle[$0] }
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || byte &- 0x41 < 26 || byte &- 0x61 < 26
    }
}
