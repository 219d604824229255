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
            let entries = collapse(passages)
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
    private func collapse(_ passages: [RankedRecords.Ranked]) -> [Entry] {
        var entries: [Entry] = []
        var documents = Set<Int>()
        // The entries kept so far by their stored copy key: a passage whose stored key no
        // entry has is no copy, and the keys themselves are made only when the hashes meet,
        // each once (a footer repeated on a thousand pages meets its first copy a thousand times).
        var kept: [Int64: [Int]] = [:]
        var keys: [Int: DuplicateKey] = [:]
        func key(ofEntry index: Int) -> DuplicateKey {
            if let made = keys[index] { return made }
            let made = DuplicateKey(entries[index].passage.record.text)
            keys[index] = made
            return made
        }
        for passage in passages {
            let document = spans.index(containing: passage.id)
            switch options.grouping {
            case .documents:
                if let document, !documents.insert(document).inserted { continue }
            case .passages:
                let record = passage.record
                if !options.allCopies, let stored = record.copyKey ?? DuplicateKey(record.text).stored {
                    if let earlier = kept[stored] {
                        let own = DuplicateKey(record.text)
                        if earlier.contains(where: { key(ofEntry: $0) == own }) { continue }
                        keys[entries.count] = own
                    }
                    kept[stored, default: []].append(entries.count)
                }
            }
            entries.append(Entry(passage: passage, document: document))
        }
        return entries
    }
}
