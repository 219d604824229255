import TextAnalysis

/// Decides on a text itself whether it satisfies a query: each term where
/// one of its forms occurs (``PhraseMatcher``, as FTS5 matches), and `NEAR`
/// in characters, exactly.
///
/// FTS5 counts a `NEAR` distance in terms, so its matches of a query with
/// `NEAR` are candidates that this decides; ``ScopedEvaluation`` asks it of
/// a whole line.
struct TextMatch {
    let expression: QueryExpression

    init(_ expression: QueryExpression) {
        self.expression = expression
    }

    /// Whether `text` satisfies the query.
    func matches(_ text: String) -> Bool {
        var context = Context(text: text)
        return context.satisfies(expression)
    }

    /// One text being checked: its matcher, and scalar offsets by byte.
    private struct Context {
        let matcher: PhraseMatcher
        let utf8: [UInt8]
        /// The scalar offset of each byte offset (and of the end).
        private var scalarOffsets: [Int]?

        init(text: String) {
            matcher = PhraseMatcher(text: text)
            utf8 = Array(text.utf8)
        }

        mutating func satisfies(_ expression: QueryExpression) -> Bool {
            switch expression {
            case .term(let term):
                return term.forms.contains { matcher.contains($0) }
            case .near(let first, let second, let distance):
                let a = occurrences(of: first)
                let b = occurrences(of: second)
                // The characters strictly between two occurrences: negative when they overlap.
                return a.contains { x in b.contains { y in max(x.lowerBound, y.lowerBound) - min(x.upperBound, y.upperBound) <= distance } }
            case .and(let required, let excluded):
                for part in required where !satisfies(part) { return false }
                for part in excluded where satisfies(part) { return false }
                return true
            case .or(let alternatives):
                for part in alternatives where satisfies(part) { return true }
                return false
            }
        }

        /// The scalar ranges where a form of `term` occurs.
        private mutating func occurrences(of term: QueryTerm) -> [Range<Int>] {
            let offsets = scalarOffsetsByByte()
            return term.forms.flatMap { form in
                HighlightFinder.occurrences(of: form, matcher: matcher, utf8: utf8)
                    .map { offsets[$0.lowerBound]..<offsets[$0.upperBound] }
            }
        }

        private mutating func scalarOffsetsByByte() -> [Int] {
            if let scalarOffsets { return scalarOffsets }
            var offsets = [Int](repeating: 0, count: utf8.count + 1)
            var scalar = 0
            for (index, byte) in utf8.enumerated() {
                if byte & 0xC0 != 0x80 && index > 0 { scalar += 1 }
                offsets[index] = scalar
            }
            offsets[utf8.count] = utf8.isEmpty ? 0 : scalar + 1
            scalarOffsets = offsets
            return offsets
        }
    }
}
