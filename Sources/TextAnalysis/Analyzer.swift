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
    public static let version = 4

    /// A term with its UTF-8 byte range in the analyzed text and its position.
    ///
    /// Final terms end in a marker byte (``BigramTokenizer/gap`` or
    /// ``BigramTokenizer/joined``); the gap after a word is the term ``gap``.
    public struct Term: Equatable, Sendable, CustomStringConvertible {
        /// The folded term.
        public var text: String
        /// The term's source bytes in the analyzed text.
        public var byteRange: Range<Int>
        /// The term's position: 0 for the first, then 1, 2, …
        public var position: Int

        public init(text: String, byteRange: Range<Int>, position: Int) {
            self.text = text
            self.byteRange = byteRange
            self.position = position
        }

        public var description: String { "\(text)@\(position)[\(byteRange.lowerBound)..<\(byteRange.upperBound)]" }
    }

    /// The text of the term that stands for separators between a word and the next run.
    public static let gap = String(decoding: [BigramTokenizer.gap], as: UTF8.self)
    /// The marker that ends the final term of a run a word follows at once.
    public static let joined = String(decoding: [BigramTokenizer.joined], as: UTF8.self)
    /// The marker that starts a joined term (``BigramTokenizer/joinedWord``),
    /// which only the index holds.
    public static let joinedWord = String(decoding: [BigramTokenizer.joinedWord], as: UTF8.self)

    /// Every term of `text`, in order.
    public static func terms(in text: String, mode: BigramTokenizer.Mode) -> [Term] {
        var utf8 = Array(text.utf8)
        var terms: [Term] = []
        _ = utf8.withUnsafeMutableBufferPointer { buffer in
            BigramTokenizer().tokenize(UnsafeBufferPointer(buffer), mode: mode) { term, start, end in
                terms.append(Term(text: String(decoding: term, as: UTF8.self), byteRange: start..<end,
                                  position: terms.count))
                return 0
            }
        }
        return terms
    }
}
