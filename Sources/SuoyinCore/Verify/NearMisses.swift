import GRDB

/// The passages closest to a quotation that stands nowhere: the passages
/// holding the most of its rare terms (``CandidateProbe/hits``), each
/// aligned with the quotation (``QuoteAlignment``) over a window of enough
/// passages around it to hold the whole quotation, best similarity first.
///
/// An ellipsis is not honoured here: the quotation's segments are aligned
/// as one text, so an omitted stretch shows in the diff as `dropped`.
enum NearMisses {
    /// How many candidate passages are aligned.
    static let candidates = 8
    /// Windows are cut to this many content characters around the candidate, which
    /// bounds the alignment's table (quotation × window bytes).
    static let maximumWindow = 4_000
    /// Quotations longer than this many content characters get no near misses.
    static let maximumQuotation = 2_000

    static func find(_ db: Database, quotation: Quotation, probe: CandidateProbe, limit: Int) throws -> [QuotedPlace] {
        // The alignment's table is quotation × window bytes: past this, no near misses.
        guard quotation.count <= maximumQuotation else { return [] }
        let content = quotation.content
        let folded = content.map(\.folded)
        let best = probe.hits.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
            .prefix(candidates)
        var results: [(place: QuotedPlace, key: String)] = []
        for (passage, hit) in best {
            // Room for the quotation on both sides of wherever its term stands in this passage.
            let need = AnchorWindows.Need(passage: passage, before: folded.count, after: folded.count)
            guard let window = try AnchorWindows.windows(db, around: [need], wholeDocuments: false).first,
                   let center = window.ids.firstIndex(of: passage) else { continue }
            let (lower, upper) = bounds(window, center: center, hit: hit.position, quoteCount: folded.count)
            guard let alignment = QuoteAlignment(quote: folded, window: Array(window.content[lower..<upper])) else { continue }
            let shifted = alignment.shifted(by: lower)
            guard shifted.end > shifted.start else { continue }
            let place = NearMisses.place(shifted, quotation: quotation, content: content, window: window)
            let key = "\(place.path)\u{0}\(place.start)"
            if !results.contains(where: { $0.key == key }) { results.append((place, key)) }
        }
        let sorted = results.map(\.place).sorted(by: precedes)
        return Array(sorted.prefix(limit))
    }

    /// Near misses in order: most similar first, then by path (bytewise) and position.
    private static func precedes(_ lhs: QuotedPlace, _ rhs: QuotedPlace) -> Bool {
        if lhs.similarity != rhs.similarity { return lhs.similarity > rhs.similarity }
        if lhs.path != rhs.path { return Array(lhs.path.utf8).lexicographicallyPrecedes(Array(rhs.path.utf8)) }
        return lhs.start < rhs.start
    }

    /// The content indices of `window` to align: all of it, or at most
    /// ``maximumWindow`` characters centred on where the quotation would start in the candidate passage.
    private static func bounds(_ window: DocumentWindow, center: Int, hit: Int, quoteCount: Int) -> (Int, Int) {
        guard window.content.count > maximumWindow else { return (0, window.content.count) }
        let first = window.origins.firstIndex { $0.passage >= center } ?? 0
        let lower = max(0, min(first - hit - (maximumWindow - quoteCount) / 2, window.content.count - maximumWindow))
        return (lower, min(window.content.count, lower + maximumWindow))
    }

    private static func place(_ alignment: QuoteAlignment, quotation: Quotation, content: [Quotation.Character],
                              window: DocumentWindow) -> QuotedPlace {
        let passage = window.passage(of: alignment.start)
        let start = window.documentOffset(of: alignment.start)
        let end = window.documentEnd(of: alignment.end - 1)
        return QuotedPlace(
            citation: passage.citation.description, path: passage.path, title: passage.title, section: passage.section,
            date: passage.date, issuer: passage.issuer, number: passage.number, page: passage.page,
            line: passage.line, column: window.column(of: alignment.start), start: start, end: end,
            text: window.text(from: start, to: end), segments: [], similarity: alignment.similarity,
            diff: DiffBuilder.parts(alignment, quote: quotation, quoteContent: content, window: window))
    }
}
