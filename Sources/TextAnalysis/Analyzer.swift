/// The one analysis chain used for documents and queries: fold, then
/// tokenize into bigrams and words (``BigramTokenizer``).
///
/// This is the convenient, allocating face of the tokenizer, for queries,
/// highlights and tests; the index calls ``BigramTokenizer`` directly.
///
/// For example:
/// ```swift
/// Analyzer.terms(in: "中文檢索", mode: .query).map(\.text)  // ["中文", "文检", "检索"]
/// ```
public enum Analyzer {
    /// The version of the analysis rules. Bump it whenever tokens change, so
    /// that indexes built by older versions are refused.
    public static let version = 1

    /// A term with its UTF-8 byte range in the analyzed text and its position.
    public struct Term: Equatable, Sendable, CustomStringConvertible {
        /// The folded term.
        public var text: String
        /// The term's source bytes in the analyzed text.
        public var byteRange: Range<Int>
        /// The term's position: colocated terms share their predecessor's.
        public var position: Int
        /// Whether the term shares the position of the one before it.
        public var isColocated: Bool

        public init(text: String, byteRange: Range<Int>, position: Int, isColocated: Bool) {
            self.text = text
            self.byteRange = byteRange
            self.position = position
            self.isColocated = isColocated
        }

        public var description: String { "\(text)@\(position)[\(byteRange.lowerBound)..<\(byteRange.upperBound)]" }
    }

    /// Every term of `text`, in order.
    public static func terms(in text: String, mode: BigramTokenizer.Mode) -> [Term] {
        var utf8 = Array(text.utf8)
        var terms: [Term] = []
        var position = -1
        _ = utf8.withUnsafeMutableBufferPointer { buffer in
            BigramTokenizer().tokenize(UnsafeBufferPointer(buffer), mode: mode) { term, start, end, colocated in
                if !colocated { position += 1 }
                terms.append(Term(text: String(decoding: term, as: UTF8.self), byteRange: start..<end,
                                  position: max(position, 0), isColocated: colocated))
                return 0
            }
        }
        return terms
    }
}
