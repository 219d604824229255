import GRDB

/// Cuts a page from the results in order, where one result may stand for
/// several passages: a document's best passage stands for all of its
/// matches (``ResultGrouping/documents``), and the best copy of a passage
/// for its copies (``DuplicateKey``) unless each copy is wanted.
///
/// The walk goes down the results in their order only as far as the page
/// needs, asking for more when collapsing left it short (``nextAsk(after:)``).
/// Every page is cut from the same walk — a copy or document folded into a
/// result on page 1 never comes back on page 2.
struct ResultWalk {
    /// One result of the walk: the passage that stands for the others.
    struct Entry {
        var passage: RankedRecords.Ranked
        /// The index of its document in ``DocumentSpans/documents``.
        var document: Int?
    }

    let db: Database
    let options: SearchOptions
    let spans: DocumentSpans

    /// The entries `offset..<offset + limit` of the results `ordered`
    /// gives: `ordered(n)` returns the first `n` passages in order (nil:
    /// all) and whether those are all there are.
    func page(
        _ ordered: (Int?) throws -> (passages: [RankedRecords.Ranked], complete: Bool)
    ) throws -> [Entry] {
        let offset = max(options.offset, 0)
        let (sum, overflows) = offset.addingReportingOverflow(options.limit)
        let pageEnd: Int? = options.limit > 0 && !overflows ? sum : nil
        var wanted = pageEnd.map { max($0, 1) }
        while true {
            let (passages, complete) = try ordered(wanted)
            let entries = try collapse(passages)
            if let pageEnd, let asked = wanted, entries.count < pageEnd, !complete {
                wanted = Self.nextAsk(after: asked)
                continue
            }
            let end = min(pageEnd ?? entries.count, entries.count)
            return offset < end ? Array(entries[offset..<end]) : []
        }
    }

    /// How many passages to ask for when `asked` left the page short: the
    /// phrase lists' depth first, since a top that deep is still ranked
    /// from the lists (a page of ten with one copy folded, at 1 GB, took
    /// 1.2 s when the second ask ranked every match of `法`); then four
    /// times as many each time; nil (every match) past ``Searcher/deepestTop``.
    static func nextAsk(after asked: Int) -> Int? {
        if asked < PhraseLists.depth { return PhraseLists.depth }
        let (more, overflows) = asked.multipliedReportingOverflow(by: 4)
        return overflows || more > Searcher.deepestTop ? nil : more
    }

    /// The passages that stand for others, in order.
    private func collapse(_ passages: [RankedRecords.Ranked]) throws -> [Entry] {
        var folding = ResultFolding(db, options: options, spans: spans)
        return try passages.compactMap { try folding.admit($0) }
    }
}
