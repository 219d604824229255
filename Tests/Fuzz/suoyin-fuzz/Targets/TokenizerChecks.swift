import Foundation
import TextAnalysis

/// The invariants of the tokenizer target.
enum TokenizerChecks {
    /// Every term of `bytes` lies inside them, is not empty, starts where the
    /// previous one started or later, and — when the bytes are valid UTF-8 —
    /// starts and ends on scalar boundaries; the term count agrees.
    static func checkRanges(of bytes: [UInt8], mode: BigramTokenizer.Mode) {
        let isValid = String(validating: bytes, as: UTF8.self) != nil
        var count = 0
        var previousStart = 0
        bytes.withUnsafeBufferPointer { buffer in
            _ = BigramTokenizer().tokenize(buffer, mode: mode) { term, start, end in
                require(0 <= start && start < end && end <= buffer.count, "term \(count) at \(start)..<\(end) of \(buffer.count) bytes")
                require(start >= previousStart, "term \(count) starts at \(start), before \(previousStart)")
                require(!term.isEmpty && term.count <= BigramTokenizer.maximumWordBytes + 4, "term \(count) has \(term.count) bytes")
                if isValid {
                    require(!isContinuation(buffer[start]), "term \(count) starts inside a scalar at \(start)")
                    require(end == buffer.count || !isContinuation(buffer[end]), "term \(count) ends inside a scalar at \(end)")
                }
                previousStart = start
                count += 1
                return 0
            }
            if mode == .document {
                let counted = BigramTokenizer().termCount(buffer)
                require(counted == count, "termCount \(counted), but \(count) document terms")
            }
        }
    }

    /// The index's terms (``BigramTokenizer/tokenizeForIndex(_:emit:)``) are
    /// the document terms and, right after each word that a CJK term follows,
    /// one colocated joined term: the marker, the word, the CJK term's first
    /// character, over the word's range.
    static func checkIndexTerms(of bytes: [UInt8]) {
        typealias Term = (bytes: [UInt8], start: Int, end: Int)
        var document: [Term] = []
        var index: [(term: Term, colocated: Bool)] = []
        bytes.withUnsafeBufferPointer { buffer in
            _ = BigramTokenizer().tokenize(buffer, mode: .document) { term, start, end in
                document.append((Array(term), start, end))
                return 0
            }
            _ = BigramTokenizer().tokenizeForIndex(buffer) { term, start, end, colocated in
                index.append(((Array(term), start, end), colocated))
                return 0
            }
        }
        let plain = index.filter { !$0.colocated }.map(\.term)
        require(plain.map(\.bytes) == document.map(\.bytes) && plain.map(\.start) == document.map(\.start)
                && plain.map(\.end) == document.map(\.end), "the index's terms without the joined ones are not the document terms")
        for (offset, entry) in index.enumerated() where entry.colocated {
            let position = index[..<offset].count { !$0.colocated }
            require(position > 0, "a joined term before any word")
            let word = document[position - 1]
            let next = position < document.count ? document[position] : nil
            let character = next.map { Array($0.bytes.prefix(UTF8Decoding.sequenceLength(lead: $0.bytes[0]))) } ?? []
            require(kind(word.bytes) == .word && next.map { kind($0.bytes) } == .cjk
                    && entry.term.bytes == [BigramTokenizer.joinedWord] + word.bytes + character
                    && entry.term.start == word.start && entry.term.end == word.end,
                    "joined term \(shown([entry.term.bytes])) after \(shown([word.bytes]))")
        }
        let expected = zip(document, document.dropFirst()).count { kind($0.bytes) == .word && kind($1.bytes) == .cjk }
        require(index.count { $0.colocated } == expected, "\(index.count { $0.colocated }) joined terms, expected \(expected)")
    }

    /// A term's class: that of its first scalar (the gap term's is a separator).
    private static func kind(_ term: [UInt8]) -> CharacterClass {
        CharacterClass(String(decoding: term, as: UTF8.self).unicodeScalars.first!.value)
    }

    /// Folding each scalar twice is folding it once, a folded scalar is a
    /// scalar, and the terms of the folded text are the terms of the text.
    static func checkFolding(of text: String) {
        for scalar in text.unicodeScalars {
            let folded = CharacterFolding.fold(scalar.value)
            require(Unicode.Scalar(folded) != nil, "U+\(hex(scalar.value)) folds to U+\(hex(folded)), not a scalar")
            require(CharacterFolding.fold(folded) == folded, "folding U+\(hex(scalar.value)) is not idempotent")
        }
        let folded = CharacterFolding.fold(text)
        require(CharacterFolding.fold(folded) == folded, "folding the text twice changes it")
        for mode in [BigramTokenizer.Mode.document, .query] {
            let terms = termBytes(text, mode)
            require(termBytes(folded, mode) == terms, "folded text analyzes differently (\(mode))")
        }
    }

    /// The query analysis of the whole text matches its document analysis at
    /// the start, and that of a piece cut at scalar offsets chosen by `cut`
    /// (not inside a word) matches it somewhere: what a document says, a
    /// query for it finds.
    static func checkDocumentAndQuery(_ text: String, cut: Int) {
        let document = termBytes(text, .document)
        let whole = termBytes(text, .query)
        require(whole.isEmpty || matches(whole, in: document, at: 0), "the text's query terms \(shown(whole)) do not begin \(shown(document))")

        let scalars = Array(text.unicodeScalars)
        func isWord(_ offset: Int) -> Bool { CharacterClass(CharacterFolding.fold(scalars[offset].value)) == .word }
        let cuts = (0...scalars.count).filter { $0 == 0 || $0 == scalars.count || !(isWord($0 - 1) && isWord($0)) }
        let lower = cuts[cut % cuts.count]
        let upper = cuts[(cut / 7 + cuts.count / 2) % cuts.count]
        guard lower < upper else { return }
        let piece = String(String.UnicodeScalarView(scalars[lower..<upper]))
        let query = termBytes(piece, .query)
        guard !query.isEmpty, query.count <= document.count else { return }
        require((0...(document.count - query.count)).contains { matches(query, in: document, at: $0) },
                "query terms \(shown(query)) of scalars \(lower)..<\(upper) are not in \(shown(document))")
    }

    /// FTS5's phrase rule: the terms at consecutive positions from `start`,
    /// a lone CJK last term matching as a prefix.
    private static func matches(_ query: [[UInt8]], in document: [[UInt8]], at start: Int) -> Bool {
        guard start + query.count <= document.count else { return false }
        let last = String(decoding: query[query.count - 1], as: UTF8.self).unicodeScalars
        let lastIsPrefix = last.count == 1 && CharacterClass(last.first!.value) == .cjk
        return query.indices.allSatisfy { offset in
            let found = document[start + offset]
            return lastIsPrefix && offset == query.count - 1 ? found.starts(with: query[offset]) : found == query[offset]
        }
    }

    /// The terms of `text` as bytes: compared byte for byte, not as `String`s
    /// (which `==` compares up to canonical equivalence).
    private static func termBytes(_ text: String, _ mode: BigramTokenizer.Mode) -> [[UInt8]] {
        Analyzer.terms(in: text, mode: mode).map { Array($0.text.utf8) }
    }

    /// Terms as Swift would print strings, markers escaped.
    private static func shown(_ terms: [[UInt8]]) -> String {
        terms.map { String(decoding: $0, as: UTF8.self).debugDescription }.joined(separator: " ")
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
    private static func hex(_ value: UInt32) -> String { String(value, radix: 16, uppercase: true) }
}
