import GRDB

/// Finds the passages a quotation can stand in from its rarest terms,
/// without reading the collection: each probe reads one term's doclist, at
/// most ``cap`` rows of it.
///
/// Up to ``probes`` terms spread over the quotation are probed; those found
/// in fewer than ``cap`` passages are rare, and the ``anchors`` rarest of
/// them name the candidate passages. A place of the quotation holds every
/// term except where the document puts punctuation inside a bigram the
/// quotation writes without it, or where a passage boundary cuts one; with
/// several rare terms from different parts of the quotation, all of them
/// would have to be cut so for a place to be missed. A term found nowhere
/// proves nothing (it may be cut so) and anchors nothing. The terms after
/// the rarest are added while the anchors stay within ``anchorBudget``, so
/// a quotation of fairly common terms costs a bounded number of reads.
///
/// When no term is rare, the quotation is made of common words: its
/// longest stretch without ignored characters is looked up as a phrase
/// (at most ``phraseCap`` passages).
struct CandidateProbe {
    static let probes = 24
    static let cap = 256
    static let anchors = 4
    /// Terms after the rarest are added only while the anchors stay within this many.
    static let anchorBudget = 64
    static let phraseCap = 5_000

    /// A candidate passage and the quotation position its term stands for.
    struct Anchor: Hashable {
        var passage: Int64
        var position: Int
    }

    /// Passages to verify around, each with its term's position.
    private(set) var anchors: [Anchor] = []
    /// For each passage holding a rare term: how many distinct probed terms it holds, and the first one's position.
    private(set) var hits: [Int64: (count: Int, position: Int)] = [:]

    init(_ db: Database, quotation: Quotation) throws {
        let terms = QuotationTerms(quotation)
        var probed: [(term: QuotationTerms.Term, rows: [Int64])] = []
        for term in terms.spread(Self.probes) {
            let rows = try Int64.fetchAll(try db.cachedStatement(sql: """
                SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT \(Self.cap)
                """), arguments: [term.expression])
            probed.append((term, rows))
        }
        let rare = probed.filter { !$0.rows.isEmpty && $0.rows.count < Self.cap }
            .sorted { $0.rows.count != $1.rows.count ? $0.rows.count < $1.rows.count : $0.term.position < $1.term.position }
        for (term, rows) in rare {
            for row in rows { hits[row, default: (0, term.position)].count += 1 }
        }
        if rare.isEmpty {
            guard let (expression, position) = Self.longestStretch(quotation) else { return }
            let rows = try Int64.fetchAll(try db.cachedStatement(sql: """
                SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT \(Self.phraseCap)
                """), arguments: [expression])
            anchors = rows.map { Anchor(passage: $0, position: position) }
            for row in rows.prefix(Self.cap) { hits[row] = (1, position) }
            return
        }
        var seen: Set<Anchor> = []
        for (rank, (term, rows)) in rare.prefix(Self.anchors).enumerated() {
            // Each anchor costs a few reads: past the budget, the rarest term alone decides.
            if rank > 0 && seen.count + rows.count > Self.anchorBudget { break }
            for row in rows where seen.insert(Anchor(passage: row, position: term.position)).inserted {
                anchors.append(Anchor(passage: row, position: term.position))
            }
        }
    }

    /// The FTS5 phrase of the quotation's longest stretch without ignored
    /// characters (its last term a prefix: the document may go on) and the
    /// stretch's position, or nil when the quotation has no searchable stretch.
    private static func longestStretch(_ quotation: Quotation) -> (String, Int)? {
        var best: (start: Int, count: Int)?
        var base = 0
        for segment in quotation.segments {
            var start = 0
            for index in 0...segment.count where index == segment.count || (index > start && segment[index].afterBreak) {
                if best == nil || index - start > best!.count { best = (base + start, index - start) }
                start = index
            }
            base += segment.count
        }
        guard let best else { return nil }
        let content = quotation.content[best.start..<best.start + best.count]
        let text = String(String.UnicodeScalarView(content.compactMap { Unicode.Scalar($0.folded) }))
        guard let phrase = QueryPhrase(text) else { return nil }
        return (phrase.lastTermIsPrefix ? phrase.matchExpression : phrase.matchExpression + "*", best.start)
    }
}
