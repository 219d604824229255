import TextAnalysis

/// Decides on a text itself whether it satisfies a query: each term where
/// one of its forms occurs (as FTS5 matches, ``PhraseScanner``), and `NEAR`
/// in characters, exactly.
///
/// FTS5 counts a `NEAR` distance in terms, so its matches of a query with
/// `NEAR` are candidates that this decides; ``ScopedEvaluation`` asks it of
/// a whole line. The text is read as UTF-8 bytes straight from SQLite and
/// tokenized once for all the query's phrases: a frequent `NEAR` pair
/// checks tens of thousands of passages.
struct TextMatch {
    let expression: QueryExpression
    /// Every form of every term, in walk order (``QueryPlan/leaves(of:)``);
    /// nil when they hold too many distinct terms for one scanner.
    private let scanner: PhraseScanner?
    /// The forms of each term: its phrase indices in the scanner.
    private let forms: [Range<Int>]

    init(_ expression: QueryExpression) {
        self.expression = expression
        var phrases: [AnalyzedPhrase] = []
        var forms: [Range<Int>] = []
        for (term, _) in QueryPlan.leaves(of: expression) {
            forms.append(phrases.count..<(phrases.count + term.forms.count))
            phrases += term.forms.map(\.analyzed)
        }
        self.forms = forms
        scanner = PhraseScanner(phrases)
    }

    /// The last text's marked terms, kept for their storage.
    private var terms = PhraseScanner.Terms()

    /// Whether `text` satisfies the query.
    mutating func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { matches($0) }
    }

    /// Whether the UTF-8 `text` satisfies the query.
    mutating func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let scanner else { return SlowContext(text: String(decoding: text, as: UTF8.self)).satisfies(expression) }
        scanner.terms(of: text, into: &terms)
        let context = Context(scanner: scanner, forms: forms, text: text, terms: terms)
        var next = 0
        return context.satisfies(expression, next: &next)
    }

    /// One text being checked, with its marked terms.
    private struct Context {
        let scanner: PhraseScanner
        let forms: [Range<Int>]
        let text: UnsafeBufferPointer<UInt8>
        let terms: PhraseScanner.Terms

        /// Whether `expression` holds; its terms are numbered from `next` in walk order.
        func satisfies(_ expression: QueryExpression, next: inout Int) -> Bool {
            switch expression {
            case .term:
                defer { next += 1 }
                return forms[next].contains { scanner.count(of: $0, in: terms) > 0 }
            case .near(_, _, let distance):
                defer { next += 2 }
                let a = occurrences(of: next)
                guard !a.isEmpty else { return false }
                let b = occurrences(of: next + 1)
                return a.contains { x in b.contains { y in isNear(x, y, distance) } }
            case .and(let required, let excluded):
                // Every part is walked, so that the numbering stays right whatever is decided early.
                var result = true
                for part in required where !satisfies(part, next: &next) { result = false }
                for part in excluded where satisfies(part, next: &next) { result = false }
                return result
            case .or(let alternatives):
                var result = false
                for part in alternatives where satisfies(part, next: &next) { result = true }
                return result
            }
        }

        /// The byte ranges where a form of term `leaf` occurs.
        private func occurrences(of leaf: Int) -> [Range<Int>] {
            forms[leaf].flatMap { scanner.byteRanges(of: $0, in: terms, text: text) }
        }

        /// Whether at most `distance` characters stand strictly between two
        /// occurrences (overlapping ones are near): the characters of the
        /// bytes between them, counted as far as needed.
        private func isNear(_ x: Range<Int>, _ y: Range<Int>, _ distance: Int) -> Bool {
            let (from, to) = (min(x.upperBound, y.upperBound), max(x.lowerBound, y.lowerBound))
            var characters = 0
            var index = from
            while index < to {
                if text[index] & 0xC0 != 0x80 {
                    characters += 1
                    if characters > distance { return false }
                }
                index += 1
            }
            return true
        }
    }

    /// The general case, for queries with more distinct terms than a
    /// scanner takes: ``PhraseMatcher`` on the text as a `String`.
    private struct SlowContext {
        let matcher: PhraseMatcher
        let utf8: [UInt8]

        init(text: String) {
            matcher = PhraseMatcher(text: text)
            utf8 = Array(text.utf8)
        }

        func satisfies(_ expression: QueryExpression) -> Bool {
            switch expression {
            case .term(let term):
                return term.forms.contains { matcher.contains($0) }
            case .near(let first, let second, let distance):
                let a = occurrences(of: first)
                let b = occurrences(of: second)
                return a.contains { x in b.contains { y in max(x.lowerBound, y.lowerBound) - min(x.upperBound, y.upperBound) <= distance } }
            case .and(let required, let excluded):
                return required.allSatisfy(satisfies) && !excluded.contains(where: satisfies)
            case .or(let alternatives):
                return alternatives.contains(where: satisfies)
            }
        }

        private func occurrences(of term: QueryTerm) -> [Range<Int>] {
            var offsets = [Int](repeating: 0, count: utf8.count + 1)
            var scalar = 0
            for (index, byte) in utf8.enumerated() {
                if byte & 0xC0 != 0x80 && index > 0 { scalar += 1 }
                offsets[index] = scalar
            }
            offsets[utf8.count] = utf8.isEmpty ? 0 : scalar + 1
            return term.forms.flatMap { form in
                HighlightFinder.occurrences(of: form, matcher: matcher, utf8: utf8)
                    .map { offsets[$0.lowerBound]..<offsets[$0.upperBound] }
            }
        }
    }
}
