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
    /// The split lines (``UnitRanges/init(paragraphsIn:)``); read here when nil.
    var paragraphs: UnitRanges? = nil
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

    /// Every result, unordered.
    func passages() throws -> [RankedPassage] {
        guard let scope = plan.scope else { return [] }
        let paragraphs = try self.paragraphs ?? UnitRanges(paragraphsIn: db)
        let units = scope == .document ? try UnitRanges(documentsIn: db) : paragraphs
        let dense = try plan.phrases.map { planned in
            plan.listsCurrent && planned.list != nil ? try plan.denseFrequencies(db, planned.phrase) : nil
        }
        var scanned: [String: TermMatches] = [:]
        var within: [ClosedRange<Int64>]?
        if let driver = drivingLeaf(dense: dense) {
            let term = plan.phrases[driver].term
            let found = try dense[driver].map { TermMatches($0, within: nil, allowed: plan.allowed) }
                ?? TermMatches(db, term: term, allowed: plan.allowed)
            scanned[term.matchExpression] = found
            within = Self.merged(SortedKeys.unique(units.units(of: found.ids)).map { units.range(containing: $0) ?? $0...$0 })
        }
        var matches: [TermMatches] = []
        for (index, planned) in plan.phrases.enumerated() {
            let expression = planned.term.matchExpression
            if scanned[expression] == nil {
                if let frequencies = dense[index] {
                    scanned[expression] = TermMatches(frequencies, within: within, allowed: plan.allowed)
                } else {
                    // A query per unit costs about unitCostInMatches matches: worth it for frequent terms only.
                    let restrict = within.map { restriction == .always
                        || $0.count * Self.unitCostInMatches < (planned.documentFrequency ?? .max) } ?? false
                    scanned[expression] = try TermMatches(db, term: planned.term, within: restrict ? within : nil,
                                                           allowed: plan.allowed)
                }
            }
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
        _ expression: QueryExpression, matches: [TermMatches], unitKeys: [[Int64]], units: UnitRanges,
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
            var check = TextMatch(expression)
            var near: [Int64] = []
            let statement = try db.makeStatement(sql: "SELECT rowid, text FROM passages_fts WHERE passages_fts MATCH ?")
            try statement.setArguments([expression.matchExpression])
            try RawRows.forEach(statement, in: db) { handle in
                let id = sqlite3_column_int64(handle, 0)
                guard plan.allowed?.contains(id) ?? true else { return }
                if check.matches(RawRows.text(handle, column: 1)) { near.append(id) }
            }
            let stretches = paragraphs.stretches(matches[first].ids, matches[second].ids, gap: distance,
                                                 length: lengths.length(of:))
            try PassageStretch.forEachText(db, of: stretches) { stretch, text in
                if check.matches(text) { near.append(stretch.lowerBound) }
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

    /// The leaf whose units every result lies in, read first so that the
    /// others are read only within them: a required term of an `AND` (or of
    /// a `NEAR`, which needs both) — the rarest one FTS5 must read, else the
    /// rarest dense one. Nil when nothing is required or when restricting
    /// cannot pay: a term FTS5 reads is then read whole anyway, and with
    /// neither a rare term nor a dense one to spare, reading all is cheaper.
    private func drivingLeaf(dense: [DenseFrequencies?]) -> Int? {
        guard restriction != .never else { return nil }
        var required: [Int] = []
        switch plan.query.expression {
        case .near: required = [0, 1]
        case .and(let parts, _) where parts.count > 1:
            var leaf = 0
            for part in parts {
                switch part {
                case .term: required.append(leaf)
                case .near: required += [leaf, leaf + 1]
                default: break
                }
                leaf += QueryPlan.leaves(of: part).count
            }
        default: break
        }
        let hits = { (leaf: Int) in self.plan.phrases[leaf].documentFrequency ?? .max }
        let read = required.filter { dense[$0] == nil }.min { hits($0) < hits($1) }
        let fromMemory = required.filter { dense[$0] != nil }.min { hits($0) < hits($1) }
        guard let driver = read ?? fromMemory else { return nil }
        if restriction == .always { return driver }
        // Restricting pays when some other term is dense (read from memory within the units
        // for free), or when the driver is rare enough that a query per unit beats reading all.
        let others = plan.phrases.indices.filter { $0 != driver }
        if others.contains(where: { dense[$0] != nil }) { return driver }
        let rest = others.reduce(0) { $0 + (plan.phrases[$1].documentFrequency ?? 0) }
        return hits(driver) * Self.unitCostInMatches < rest ? driver : nil
    }

    /// `ranges` sorted, the overlapping and adjacent joined.
    private static func merged(_ ranges: [ClosedRange<Int64>]) -> [ClosedRange<Int64>] {
        var result: [ClosedRange<Int64>] = []
        // Usually sorted already: ranges of ascending units.
        let isSorted = zip(ranges, ranges.dropFirst()).allSatisfy { $0.lowerBound <= $1.lowerBound }
        for range in isSorted ? ranges : ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound + 1 {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
