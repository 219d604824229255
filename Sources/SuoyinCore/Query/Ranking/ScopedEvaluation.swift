import GRDB
import GRDBSQLite

/// Answers a query whose terms must stand together within a paragraph or a
/// document rather than one passage (``SearchScope``), from each term's
/// matches: FTS5 finds every passage with each term; the passages are
/// mapped to their paragraph (a line, ``SplitLines``) or document; the
/// query is evaluated on those units (an `AND` intersects, an `OR` unites,
/// an exclusion subtracts, a `NEAR` is checked on the line's text).
///
/// The results:
/// - within a paragraph, each shortest stretch of consecutive passages of a
///   line that holds what the query asks (usually one passage; several when
///   the terms fell into different passages of a long line), scored as one
///   passage would be: BM25 of the stretch's summed frequencies and length;
/// - within a document, each passage of a matching document that holds a
///   term, scored alone.
///
/// Exclusions apply to the whole unit: `法治 NOT 督察` within a paragraph
/// finds no passage of a line that mentions 督察 anywhere.
struct ScopedEvaluation {
    let db: Database
    let plan: QueryPlan
    let lengths: PassageLengths
    /// Whether the other terms are read only within the units of a rare one (``Restriction``).
    var restriction: Restriction = .automatic

    /// When an `AND` has a required term much rarer than the rest, only the
    /// units holding it can match, so the other terms are read from FTS5
    /// within those units' passages (a query per unit) instead of all their
    /// matches: `规范 联检` reads the 20 passages of 联检's units, not the
    /// 150,000 matches of 规范. The answer is the same either way; tests
    /// compare `always` and `never`.
    enum Restriction { case automatic, always, never }

    /// A unit's query costs about as much as scanning this many matches.
    static let unitCostInMatches = 50

    /// The scope `query` needs, nil when its passages are its answer: a
    /// passage scope, a query without an `AND`, `NEAR` or exclusion, or a
    /// paragraph scope on an index with no line cut into passages.
    static func scope(of query: Query, _ db: Database) throws -> SearchScope? {
        guard query.scope != .passage, query.expression.dependsOnScope else { return nil }
        if query.scope == .paragraph, try !SplitLines.exist(db) { return nil }
        return query.scope
    }

    /// One term's matches: passage ids, ascending, with the term's frequency in each.
    private struct Matches {
        var ids: [Int64] = []
        var frequencies: [Int32] = []
    }

    /// Every result, unordered.
    func passages() throws -> [RankedPassage] {
        guard let scope = plan.scope else { return [] }
        let paragraphs = try UnitRanges(paragraphsIn: db)
        let units = scope == .document ? try UnitRanges(documentsIn: db) : paragraphs
        var scanned: [String: Matches] = [:]
        var within: [ClosedRange<Int64>]?
        if let rare = rareRequiredLeaf() {
            let term = plan.phrases[rare].term
            let found = try scan(term)
            scanned[term.matchExpression] = found
            within = Self.merged(SortedKeys.unique(units.units(of: found.ids)).map { units.range(containing: $0) ?? $0...$0 })
        }
        var matches: [Matches] = []
        for planned in plan.phrases {
            let expression = planned.term.matchExpression
            if scanned[expression] == nil { scanned[expression] = try scan(planned.term, within: within) }
            matches.append(scanned[expression]!)
        }
        let unitKeys = matches.map { units.units(of: $0.ids) }
        var next = 0
        let satisfied = try evaluate(plan.query.expression, matches: matches, unitKeys: unitKeys,
                                     units: units, paragraphs: paragraphs, next: &next)
        let table = TermTable(matches: zip(matches, unitKeys).map { ($0.ids, $0.frequencies, $1) },
                              positive: plan.phrases.map(\.isPositive), satisfied: satisfied)
        let bm25 = BM25(idfs: plan.phrases.map(\.idf), averageLength: plan.totals.averageLength)
        guard scope == .paragraph else {
            return table.ids.indices.map { row in
                RankedPassage(id: table.ids[row], bm25: bm25.score(length: lengths.length(of: table.ids[row])) {
                    Int(table.frequency(row: row, term: $0))
                })
            }
        }
        let presence = Presence(plan.query.expression)
        var results: [RankedPassage] = []
        var start = 0
        while start < table.ids.count {
            // The rows of one paragraph: a passage alone, or the passages of a split line with a term.
            var end = start + 1
            while end < table.ids.count && table.units[end] == table.units[start] { end += 1 }
            for window in presence.shortestWindows(rows: start..<end, width: table.width, frequency: table.frequency) {
                let (first, last) = (table.ids[window.lowerBound], table.ids[window.upperBound])
                var length = 0
                for id in first...last { length += lengths.length(of: id) }
                let score = bm25.score(length: length) { term in
                    var sum = 0
                    for row in window { sum += Int(table.frequency(row: row, term: term)) }
                    return sum
                }
                results.append(RankedPassage(id: first, bm25: score, through: last > first ? last : nil))
            }
            start = end
        }
        return results
    }

    /// The sorted unit keys where `expression` holds; terms are numbered from `next` in walk order.
    private func evaluate(
        _ expression: QueryExpression, matches: [Matches], unitKeys: [[Int64]], units: UnitRanges,
        paragraphs: UnitRanges, next: inout Int
    ) throws -> [Int64] {
        switch expression {
        case .term:
            defer { next += 1 }
            return SortedKeys.unique(unitKeys[next])
        case .near(_, _, let distance):
            let (first, second) = (next, next + 1)
            next += 2
            // Within one passage: FTS5's NEAR proposes (its term distance admits every pair near
            // enough), the text decides. Across passages of a split line: the stretches from a
            // passage with one term to one with the other whose passages between are short
            // enough (a character between starts at most one term), checked on their text.
            let check = TextMatch(expression)
            var near: [Int64] = []
            let statement = try db.makeStatement(sql: "SELECT rowid, text FROM passages_fts WHERE passages_fts MATCH ?")
            try statement.setArguments([expression.matchExpression])
            try RawRows.forEach(statement, in: db) { handle in
                let id = sqlite3_column_int64(handle, 0)
                guard plan.allowed?.contains(id) ?? true, let text = sqlite3_column_text(handle, 1) else { return }
                if check.matches(String(cString: text)) { near.append(id) }
            }
            let stretches = paragraphs.stretches(matches[first].ids, matches[second].ids, gap: distance,
                                                 length: lengths.length(of:))
            for stretch in stretches where check.matches(try PassageStretch.text(db, ids: stretch).text) {
                near.append(stretch.lowerBound)
            }
            near.sort()
            return SortedKeys.unique(units.units(of: near))
        case .and(let required, let excluded):
            var result: [Int64]? = nil
            for part in required {
                let keys = try evaluate(part, matches: matches, unitKeys: unitKeys, units: units, paragraphs: paragraphs, next: &next)
                result = result.map { SortedKeys.intersection($0, keys) } ?? keys
            }
            for part in excluded {
                let keys = try evaluate(part, matches: matches, unitKeys: unitKeys, units: units, paragraphs: paragraphs, next: &next)
                result = SortedKeys.subtraction(result ?? [], keys)
            }
            return result ?? []
        case .or(let alternatives):
            var result: [Int64] = []
            for part in alternatives {
                let keys = try evaluate(part, matches: matches, unitKeys: unitKeys, units: units, paragraphs: paragraphs, next: &next)
                result = SortedKeys.union(result, keys)
            }
            return result
        }
    }

    /// The leaf of the query's rarest required term, when the query is an
    /// `AND` and reading the others within that term's units is worth it.
    private func rareRequiredLeaf() -> Int? {
        guard restriction != .never, case .and(let required, _) = plan.query.expression, required.count > 1 else { return nil }
        var leaf = 0
        var rarest: (leaf: Int, hits: Int)?
        for part in required {
            if case .term = part, let hits = plan.phrases[leaf].documentFrequency, hits < (rarest?.hits ?? .max) {
                rarest = (leaf, hits)
            }
            leaf += QueryPlan.leaves(of: part).count
        }
        guard let rarest else { return nil }
        if restriction == .always { return rarest.leaf }
        let others = plan.phrases.indices.filter { $0 != rarest.leaf }.reduce(0) { $0 + (plan.phrases[$1].documentFrequency ?? 0) }
        return rarest.hits * Self.unitCostInMatches < others ? rarest.leaf : nil
    }

    /// `ranges` sorted, the overlapping and adjacent joined.
    private static func merged(_ ranges: [ClosedRange<Int64>]) -> [ClosedRange<Int64>] {
        var result: [ClosedRange<Int64>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound + 1 {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// Every passage with `term`, ascending, with its frequency (its forms'
    /// summed), that the filter lets through; only within `within` when given.
    private func scan(_ term: QueryTerm, within: [ClosedRange<Int64>]? = nil) throws -> Matches {
        let statement = try db.makeStatement(sql: """
            SELECT rowid, \(PhraseFrequencyFunction.name)(passages_fts) FROM passages_fts WHERE passages_fts MATCH ?
            \(within == nil ? "" : "AND rowid BETWEEN ? AND ?")
            """)
        let forms = term.forms.count
        let packed = forms <= PhraseFrequencyFunction.packedPhrases
        var matches = Matches()
        var sorted = true
        for range in within ?? [Int64.min...Int64.max] {
            if within == nil {
                try statement.setArguments([term.matchExpression])
            } else {
                try statement.setArguments([term.matchExpression, range.lowerBound, range.upperBound])
            }
            try RawRows.forEach(statement, in: db) { handle in
                let id = sqlite3_column_int64(handle, 0)
                if let allowed = plan.allowed, !allowed.contains(id) { return }
                var frequency = 0
                if packed {
                    let packedCounts = sqlite3_column_int64(handle, 1)
                    for form in 0..<forms { frequency += Int((packedCounts >> (16 * Int64(form))) & 0xFFFF) }
                } else {
                    frequency = PhraseFrequencyFunction.counts(
                        in: DatabaseValue(sqliteStatement: handle, index: 1), phraseCount: forms).reduce(0, +)
                }
                if let last = matches.ids.last, last >= id { sorted = false }
                matches.ids.append(id)
                matches.frequencies.append(Int32(clamping: frequency))
            }
        }
        if !sorted {
            let order = matches.ids.indices.sorted { matches.ids[$0] < matches.ids[$1] }
            matches = Matches(ids: order.map { matches.ids[$0] }, frequencies: order.map { matches.frequencies[$0] })
        }
        return matches
    }
}
