import GRDB

/// Checks whether a quotation stands in the indexed collection, and where.
///
/// The quotation is compared by its content characters after folding
/// (``Quotation`` has the exact rules: spaces and punctuation of any form
/// are ignored, an ellipsis stands for an omitted stretch of the same
/// document). Candidates come from the quotation's rarest index terms
/// (``CandidateProbe``), never from a scan; the passages around them are
/// read (``AnchorWindows``, ``DocumentWindow``) and the quotation is looked
/// for in their content (``SegmentChain``). A quotation may run across
/// passages and lines of one document.
///
/// For example:
/// ```swift
/// let result = try Verifier(database: database).verify("法治政府建設", citation: nil)
/// result.verified        // true
/// result.places.first?.citation  // "Corpus/xishan-2022.txt:67:3"
/// ```
public struct Verifier: Sendable {
    /// The most places a verification lists; ``Verification/more`` counts the rest.
    public static let maximumPlaces = 20
    /// How many near misses an unverified quotation gets.
    public static let nearestCount = 3
    /// The longest quotation accepted, in content characters.
    public static let maximumCharacters = 20_000
    /// The most parts between ellipses a quotation may have (each is searched in whole documents).
    public static let maximumParts = 50

    /// The index to check against.
    public let database: IndexDatabase

    /// A verifier over `database`.
    public init(database: IndexDatabase) {
        self.database = database
    }

    /// Verifies `quote`; with `citation`, only a place at that citation verifies it.
    ///
    /// A place is at a citation `PATH:LINE:COL` when its first character is in
    /// the passage that starts there (the citation `suoyin search` prints) or is
    /// that very character; `PATH:LINE` takes any place starting on that line.
    /// Throws when the quotation has no content characters, is too long or has too many ellipses.
    public func verify(_ quote: String, citation: Citation? = nil) throws(SuoyinError) -> Verification {
        let characters = Quotation.contentCount(of: quote)
        guard characters > 0 else { throw .emptyQuotation(quote: quote) }
        guard characters <= Self.maximumCharacters else {
            throw .quotationTooLong(characters: characters, limit: Self.maximumCharacters)
        }
        let quotation = Quotation(quote)
        guard quotation.segments.count <= Self.maximumParts else {
            throw .tooManyEllipses(parts: quotation.segments.count, limit: Self.maximumParts)
        }
        return try database.read("verify a quotation") { db in
            let cited = try citation.map { try citedDocument(db, $0) } ?? nil
            let probe = try CandidateProbe(db, quotation: quotation)
            var found = try places(db, quotation: quotation, anchors: probe.anchors)
            func isCited(_ place: FoundPlace) -> Bool {
                guard let citation, let cited else { return false }
                return place.isAt(citation, document: cited)
            }
            found.sort { lhs, rhs in
                if isCited(lhs) != isCited(rhs) { return isCited(lhs) }
                if lhs.place.path != rhs.place.path { return Array(lhs.place.path.utf8).lexicographicallyPrecedes(rhs.place.path.utf8) }
                return lhs.place.start < rhs.place.start
            }
            let verified = citation == nil ? !found.isEmpty : found.contains(where: isCited)
            var nearest: [QuotedPlace] = []
            if !verified && found.isEmpty {
                nearest = try NearMisses.find(db, quotation: quotation, probe: probe, limit: Self.nearestCount)
            }
            return Verification(
                verified: verified, quote: quote, citation: citation?.description,
                places: found.prefix(Self.maximumPlaces).map(\.place), nearest: nearest,
                more: max(0, found.count - Self.maximumPlaces))
        }
    }

    /// The id of the document `citation` names, or nil when it is not in the index.
    private func citedDocument(_ db: Database, _ citation: Citation) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE path = ? OR absolutePath = ? LIMIT 1",
                           arguments: [PathNormalizer.normalize(citation.path), PathNormalizer().absolute(citation.path)])
    }

    /// Every place of the quotation in the windows around `anchors`.
    private func places(_ db: Database, quotation: Quotation, anchors: [CandidateProbe.Anchor]) throws -> [FoundPlace] {
        let count = quotation.count
        let windows = try AnchorWindows.windows(
            db, around: anchors.map { .init(passage: $0.passage, before: $0.position, after: count - $0.position) },
            wholeDocuments: quotation.segments.count > 1)
        let segments = quotation.segments.map { $0.map(\.folded) }
        var found: [FoundPlace] = []
        // Windows of one document may overlap: a place is kept once.
        var seen: Set<[Int64]> = []
        for window in windows {
            for starts in SegmentChain.places(of: segments, in: window.content) {
                let place = FoundPlace(window: window, starts: starts, segments: segments)
                if seen.insert([place.document, Int64(place.place.start)]).inserted { found.append(place) }
            }
        }
        return found
    }
}

/// A place found in a window, with what the citation rule needs.
struct FoundPlace {
    var place: QuotedPlace
    var document: Int64
    /// The column of the passage the place starts in.
    var passageColumn: Int

    init(window: DocumentWindow, starts: [Int], segments: [[UInt32]]) {
        let first = starts[0]
        let lastIndex = starts[starts.count - 1] + segments[segments.count - 1].count - 1
        let spans = zip(starts, segments).map { start, segment in
            [window.documentOffset(of: start), window.documentEnd(of: start + segment.count - 1)]
        }
        let start = window.documentOffset(of: first)
        let end = window.documentEnd(of: lastIndex)
        let passage = window.passage(of: first)
        place = QuotedPlace(
            citation: passage.citation.description, path: passage.path, title: passage.title, section: passage.section,
            date: passage.date, issuer: passage.issuer, number: passage.number, page: passage.page,
            line: passage.line, column: window.column(of: first), start: start, end: end,
            text: spans.map { window.text(from: $0[0], to: $0[1]) }.joined(separator: "……"),
            segments: segments.count > 1 ? spans : [], similarity: 1, diff: [])
        document = window.document.id
        passageColumn = passage.column
    }

    /// Whether the place is at `citation` in `document` (see ``Verifier/verify(_:citation:)``).
    func isAt(_ citation: Citation, document: Int64) -> Bool {
        guard document == self.document, citation.line == place.line else { return false }
        guard let column = citation.column else { return true }
        return column == passageColumn || column == place.column
    }
}
