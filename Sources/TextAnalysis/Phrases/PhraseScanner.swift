/// Finds where a fixed set of phrases occur in texts, as ``PhraseMatcher``
/// does — a phrase occurs at position `p` when its terms are the
/// document-mode terms at `p, p+1, …`, byte for byte, the last one as a
/// prefix when ``AnalyzedPhrase/lastTermIsPrefix`` — but straight from UTF-8
/// bytes, for the loops that check thousands of passages (a `NEAR` on the
/// text, a numeral's prefix): no `String` and no array per term.
///
/// Each distinct query term is a bit; each term of the text gets the bits
/// of the query terms it equals (or starts with, for a prefix), and a phrase
/// occurs where consecutive terms carry its terms' bits in order.
package struct PhraseScanner: Sendable {
    /// One phrase's terms as bits, in order.
    private struct Pattern: Sendable {
        var bits: [UInt64]
        /// Whether the last term matches as a prefix.
        var prefix: Bool
    }

    /// The distinct query terms: bytes, and whether matched as a prefix.
    private let keys: [(bytes: [UInt8], prefix: Bool)]
    private let patterns: [Pattern]
    /// A bit for each pair of first two bytes a query term starts with
    /// (the second 0 for a term of one byte), to pass over the others at once.
    private let openings: [UInt64]

    /// The most distinct query terms a scanner takes (one bit each).
    package static let maximumKeys = 64

    /// A scanner of `phrases`; nil when they hold more than ``maximumKeys``
    /// distinct terms (``PhraseMatcher`` then does the work).
    package init?(_ phrases: [AnalyzedPhrase]) {
        var keys: [(bytes: [UInt8], prefix: Bool)] = []
        var patterns: [Pattern] = []
        for phrase in phrases {
            var bits: [UInt64] = []
            for (index, term) in phrase.terms.enumerated() {
                let key = (bytes: Array(term.utf8), prefix: phrase.lastTermIsPrefix && index == phrase.terms.count - 1)
                var slot = keys.firstIndex { $0.bytes == key.bytes && $0.prefix == key.prefix }
                if slot == nil {
                    guard keys.count < Self.maximumKeys else { return nil }
                    keys.append(key)
                    slot = keys.count - 1
                }
                bits.append(1 << UInt64(slot!))
            }
            patterns.append(Pattern(bits: bits, prefix: phrase.lastTermIsPrefix))
        }
        self.keys = keys
        self.patterns = patterns
        var openings = [UInt64](repeating: 0, count: 1024)
        for key in keys {
            let opening = Self.opening(key.bytes[0], key.bytes.count > 1 ? key.bytes[1] : UInt8(0))
            openings[opening >> 6] |= 1 << UInt64(opening & 63)
        }
        self.openings = openings
    }

    /// The text's terms that carry a query term, as the tokenizer saw them;
    /// the others are only counted. Reused from text to text.
    package struct Terms {
        /// Position, bits of the query terms it is (or starts with), source bytes.
        fileprivate var marked: [(position: Int, bits: UInt64, start: Int, end: Int)] = []

        package init() {}
    }

    /// Tokenizes `text` (UTF-8) in document mode, marking the query terms.
    package func terms(of text: UnsafeBufferPointer<UInt8>) -> Terms {
        var terms = Terms()
        self.terms(of: text, into: &terms)
        return terms
    }

    /// Tokenizes `text` (UTF-8) in document mode into `terms`, replacing what it held.
    package func terms(of text: UnsafeBufferPointer<UInt8>, into terms: inout Terms) {
        terms.marked.removeAll(keepingCapacity: true)
        var position = 0
        _ = BigramTokenizer().tokenize(text, mode: .document) { term, start, end in
            defer { position += 1 }
            // Most terms are none of the query's: their first two bytes tell.
            guard term.count > 0 else { return 0 }
            let opening = Self.opening(term[0], term.count > 1 ? term[1] : UInt8(0))
            guard openings[opening >> 6] & (1 << UInt64(opening & 63)) != 0 else { return 0 }
            var bits: UInt64 = 0
            for slot in keys.indices where Self.matches(term, keys[slot].bytes, prefix: keys[slot].prefix) {
                bits |= 1 << UInt64(slot)
            }
            if bits != 0 { terms.marked.append((position, bits, start, end)) }
            return 0
        }
    }

    /// The first two bytes of a term (the second 0 when it has one) as one number.
    @inline(__always)
    private static func opening(_ first: UInt8, _ second: UInt8) -> Int { Int(first) << 8 | Int(second) }

    /// Whether `term` is `key` (starts with it, for a prefix).
    @inline(__always)
    private static func matches(_ term: UnsafeBufferPointer<UInt8>, _ key: [UInt8], prefix: Bool) -> Bool {
        guard prefix ? term.count >= key.count : term.count == key.count else { return false }
        for index in key.indices where term[index] != key[index] { return false }
        return true
    }

    /// The positions (term indices) where phrase `index` starts in `terms`.
    package func positions(of index: Int, in terms: Terms) -> [Int] {
        starts(of: index, in: terms).map { terms.marked[$0].position }
    }

    /// The indices in `terms.marked` where phrase `index` starts: the
    /// phrase's terms are at consecutive positions, so at consecutive marks.
    private func starts(of index: Int, in terms: Terms) -> [Int] {
        let bits = patterns[index].bits
        let marked = terms.marked
        guard !bits.isEmpty, bits.count <= marked.count else { return [] }
        var found: [Int] = []
        for start in 0...(marked.count - bits.count) where marked[start].bits & bits[0] != 0 {
            var offset = 1
            while offset < bits.count && marked[start + offset].bits & bits[offset] != 0
                    && marked[start + offset].position == marked[start].position + offset {
                offset += 1
            }
            if offset == bits.count { found.append(start) }
        }
        return found
    }

    /// How many times phrase `index` occurs in `terms`.
    package func count(of index: Int, in terms: Terms) -> Int { positions(of: index, in: terms).count }

    /// The UTF-8 byte ranges of phrase `index`'s occurrences in `text`
    /// (whose ``terms(of:)`` are `terms`), as ``PhraseMatcher`` users
    /// measure them: from its first term's start to its last term's end; a
    /// prefix match of a lone character covers that one character.
    package func byteRanges(of index: Int, in terms: Terms, text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let length = patterns[index].bits.count
        let prefix = patterns[index].prefix
        return starts(of: index, in: terms).map { start in
            let last = terms.marked[start + length - 1]
            let upper = prefix ? last.start + UTF8Decoding.sequenceLength(lead: text[last.start]) : last.end
            return terms.marked[start].start..<upper
        }
    }
}
