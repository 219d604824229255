import TextAnalysis

/// A quotation as `verify` compares it: its content characters, folded, in
/// segments that an ellipsis separates.
///
/// The rules, one sentence each:
/// - Every code point is folded as for search (``CharacterFolding``:
///   traditional → simplified, full width → ASCII, letters → lower case).
/// - Content is what the tokenizer indexes: Han and other CJK characters,
///   letters, digits and combining marks (``CharacterClass`` other than
///   separator). Everything else — spaces, line ends, punctuation of any
///   form and width, symbols, emoji — is ignored, whether the quotation
///   and the document have the same, other or none.
/// - A stretch of ignored characters that holds `…` (U+2026), `⋯` (U+22EF)
///   or three full stops in a row (`...`, also `．．．` after folding) is an
///   ellipsis: it ends a segment, and the segments must stand in order in one
///   document, with anything between them.
/// - An ellipsis at the start or the end only says the quotation is a part:
///   it makes no empty segment.
struct Quotation: Sendable {
    /// One content character: its folded code point and where it is in the quotation.
    struct Character: Sendable {
        var folded: UInt32
        var cjk: Bool
        /// Offset of the original scalar in the quotation's scalars.
        var offset: Int
        /// Whether ignored characters stand between it and the content character before it.
        var afterBreak: Bool
    }

    /// The quotation as given.
    let original: [Unicode.Scalar]
    /// The segments, each a non-empty run of content characters.
    let segments: [[Character]]

    /// The content characters of every segment, in order.
    var content: [Character] { segments.flatMap { $0 } }
    /// How many content characters the quotation has.
    var count: Int { segments.reduce(0) { $0 + $1.count } }

    init(_ text: String) {
        original = Array(text.unicodeScalars)
        var segments: [[Character]] = []
        var current: [Character] = []
        var pendingBreak = false
        var dots = 0
        var ellipsis = false
        for (offset, scalar) in original.enumerated() {
            let folded = CharacterFolding.fold(scalar.value)
            let kind = CharacterClass(folded)
            guard kind != .separator else {
                pendingBreak = true
                dots = folded == 0x2E ? dots + 1 : 0
                if folded == 0x2026 || folded == 0x22EF || dots >= 3 { ellipsis = true }
                continue
            }
            if ellipsis && !current.isEmpty {
                segments.append(current)
                current = []
            }
            current.append(Character(folded: folded, cjk: kind == .cjk, offset: offset, afterBreak: pendingBreak))
            pendingBreak = false
            ellipsis = false
            dots = 0
        }
        if !current.isEmpty { segments.append(current) }
        self.segments = segments
    }

    /// How many content characters `text` has, counted without keeping anything
    /// (so a huge input is refused before it is copied).
    static func contentCount(of text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where CharacterClass(CharacterFolding.fold(scalar.value)) != .separator {
            count += 1
        }
        return count
    }

    /// The quotation's own text from content character `from` through `through`
    /// (offsets into ``original``), with the ignored characters between them.
    func text(from: Int, through: Int) -> String {
        String(String.UnicodeScalarView(original[from...through]))
    }
}
