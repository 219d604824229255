/// Turns an alignment into the parts of a diff, in the original characters
/// of the document and of the quotation.
///
/// A content character carries the ignored characters after it (up to the
/// next content character of the stretch or quotation), so the parts' texts
/// joined are exactly the stretch and their quotes exactly the quotation
/// from its first content character to its last. A run of equal characters
/// is one `same` part; a run of other steps is one part: `changed` when it
/// has characters on both sides, else `added` or `dropped`.
enum DiffBuilder {
    static func parts(_ alignment: QuoteAlignment, quote: Quotation, quoteContent: [Quotation.Character],
                      window: DocumentWindow) -> [DiffPart] {
        func documentText(_ index: Int) -> String {
            let start = window.documentOffset(of: index)
            let end = index + 1 < alignment.end ? window.documentOffset(of: index + 1) : window.documentEnd(of: index)
            return window.text(from: start, to: end)
        }
        func quoteText(_ index: Int) -> String {
            let start = quoteContent[index].offset
            let through = index + 1 < quoteContent.count ? quoteContent[index + 1].offset - 1 : start
            return quote.text(from: start, through: through)
        }
        var parts: [DiffPart] = []
        var text = ""
        var quoted = ""
        var isSame: Bool?
        func flush() {
            guard let same = isSame else { return }
            let kind: DiffPart.Kind = same ? .same : text.isEmpty ? .added : quoted.isEmpty ? .dropped : .changed
            parts.append(DiffPart(kind: kind, text: text, quote: quoted))
            text = ""
            quoted = ""
        }
        for (step, q, w) in alignment.steps {
            let same = step == .same
            if isSame != same { flush() }
            isSame = same
            if w >= 0 { text += documentText(w) }
            if q >= 0 { quoted += quoteText(q) }
        }
        flush()
        return parts
    }
}
