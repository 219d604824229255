import Foundation
import GRDB

/// Ranks a one-term query from the impact lists, without scoring every match.
///
/// The scores are computed exactly as FTS5's `bm25()` computes them (same
/// formula, constants and order of operations, k1 = 1.2, b = 0.75), from
/// the statistics recorded with the lists, so the result equals FTS5's own
/// ranking. See ``ImpactLists`` for why the lists hold the whole top.
enum ImpactRanking {
    /// Every passage that can be in the query's best `count`, with its BM25
    /// (lower is better); nil when the lists cannot answer (not a one-term
    /// query, a rare term, `count` too deep, or lists stale).
    static func candidates(_ db: Database, query: Query, count: Int) throws -> [(id: Int64, bm25: Double)]? {
        guard count <= ImpactLists.depth, query.excluded.isEmpty, query.groups.count == 1,
              query.groups[0].count == 1, query.groups[0][0].terms.count == 1 else { return nil }
        let phrase = query.groups[0][0]
        let key = ImpactLists.key(term: phrase.terms[0], isPrefix: phrase.lastTermIsPrefix)
        guard let statistics = try ImpactLists.statistics(db),
              let documents = try Int.fetchOne(db, sql: "SELECT df FROM term_stats WHERE term = ?", arguments: [key])
        else { return nil }
        let rows = Double(statistics.rows)
        let hits = Double(documents)
        let averageLength = Double(statistics.tokens) / rows
        var idf = log((rows - hits + 0.5) / (hits + 0.5))
        if idf <= 0.0 { idf = 1e-6 }
        let k1 = 1.2
        let b = 0.75
        return try Row.fetchAll(db, sql: "SELECT tf, length, passageId FROM term_impacts WHERE term = ?",
                                arguments: [key]).map { row in
            let frequency = Double(row["tf"] as Int)
            let length = Double(row["length"] as Int)
            var score = 0.0
            score += idf * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / averageLength)))
            return (row["passageId"], -1.0 * score)
        }
    }
}
