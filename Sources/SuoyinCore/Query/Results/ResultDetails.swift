import GRDB

/// Completes the entries of a page (``ResultWalk``) into results: the
/// score, a document's count of matches, the copies folded into a passage
/// (``CopyFinder``) and the passages around it (``PassageLookup``).
struct ResultDetails {
    let db: Database
    let options: SearchOptions
    let spans: DocumentSpans
    /// How many passages match in each document shown, when results are documents.
    private let matches: [Int: Int]
    private let copies: CopyFinder?

    /// Details for the results of `plan` (planned for every match; nil when
    /// copies are not folded); `matches` counts each shown document's matches (``MatchCounter``).
    init(_ db: Database, plan: QueryPlan?, options: SearchOptions, spans: DocumentSpans,
         matches: [Int: Int]) {
        self.db = db
        self.options = options
        self.spans = spans
        self.matches = matches
        copies = options.allCopies ? nil : plan.map { CopyFinder(db: db, allowed: $0.allowed) }
    }

    /// The result an entry stands for, without rank and highlights.
    func result(for entry: ResultWalk.Entry) throws -> SearchResult {
        let passage = entry.passage
        var result = passage.record.result
        result.score = -passage.bm25
        let document = entry.document.map { spans.documents[$0] }
        if options.grouping == .documents, let index = entry.document { result.matches = matches[index] }
        if let copies {
            result.copies = try copies.citations(of: passage.id, text: passage.record.text, stored: passage.record.copyKey)
        } else {
            result.copies = []
        }
        if options.context > 0, let document {
            let span = document.first...document.last
            let around = try PassageLookup.neighbourhood(db, of: passage.id, in: span, context: options.context)
            // A stretch's neighbours after it follow its last passage.
            let after = try passage.through.map { try PassageLookup.neighbourhood(db, of: $0, in: span, context: options.context) }
            result.before = around.before.map(ContextPassage.init)
            result.after = (after ?? around).after.map(ContextPassage.init)
        }
        return result
    }
}
