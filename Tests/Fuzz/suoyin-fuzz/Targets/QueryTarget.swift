import Foundation
import GRDB
import SuoyinCore

extension FuzzTarget {
    /// Whatever a user types: the parser either refuses it with a message for
    /// the user or gives a query whose FTS5 expression SQLite accepts, and the
    /// search answers it, against a small index of `Corpus/`, without a
    /// database error; results are consistent with FTS5's own count.
    static let query = FuzzTarget(
        name: "query",
        summary: "QueryParser and the FTS5 expression: no SQLite error from any query",
        maximumLength: 256,
        prepare: { _ = QueryIndex.shared },
        dictionary: ["\"", "“", "”", "「", "」", "『", "』", "＂", " OR ", "-", "－", "−", "*", "(", ")", "NOT", "AND",
                     "NEAR", "NEAR/3", "（", "）", "=", "^", ":", "+", "\u{301}", "\u{0}", "法治", "政府", "建設", "2022年",
                     "第十二条", "二〇二三年", "GDP"],
        seeds: { fixtures in
            let typed = ["法治政府建设", "法治 督察", "\"依法 行政\"", "“依法 行政”", "「依法 行政」", "督察 OR 复议",
                         "法治 -政府", "法治 －政府", "2022年", "GDP", "ＧＤＰ", "法", "法治，政府", "a\"b", "OR", "-法治",
                         "\"\"", "「x」 OR 「y」 -「z」", "法*", "NEAR(法治 政府)", "政府:法治",
                         "法治 AND (政府 OR 行政) NOT 督察", "（督察 OR 复议）考核", "依法 NEAR/5 行政", "第12条", "=2022年",
                         "\"依法 行政", "(法治 OR 政府", "a OR NOT b"]
            return typed.map { Data($0.utf8) }
        },
        run: { input in
            let text = String(decoding: input, as: UTF8.self)
            QueryChecks.check(text, in: QueryIndex.shared)
            QueryChecks.checkParagraphs(text, in: QueryIndex.shared)
        })
}

/// The invariants of the query target.
enum QueryChecks {
    /// How many results each search asks for.
    static let limit = 10

    static func check(_ text: String, in index: QueryIndex) {
        let query: Query
        do {
            query = try QueryParser.parse(text, scope: .passage)
        } catch {
            require(!error.isDatabaseError, "parsing \(text.debugDescription) failed in the database: \(error)")
            return
        }
        let matchCount: Int
        do {
            matchCount = try index.queue.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?",
                                 arguments: [query.matchExpression]) ?? 0
            }
        } catch {
            fatalError("FTS5 refused \(query.matchExpression.debugDescription) for \(text.debugDescription): \(error)")
        }
        let results: [SearchResult]
        do {
            results = try Searcher(database: index.database).search(query, limit: limit)
        } catch {
            require(!error.isDatabaseError, "searching \(text.debugDescription) failed in the database: \(error)")
            return
        }
        // With a NEAR, FTS5's term distances propose and the text decides: never more than FTS5 matches.
        require(query.expression.hasNear ? results.count <= min(limit, matchCount) : results.count == min(limit, matchCount),
                "\(results.count) results for \(text.debugDescription), but FTS5 matches \(matchCount) passages")
        for (offset, result) in results.enumerated() {
            require(result.rank == offset + 1, "result \(offset) has rank \(String(describing: result.rank))")
            if offset > 0, let score = result.score, let previous = results[offset - 1].score {
                require(score <= previous, "result \(offset + 1) scores \(score), above \(previous)")
            }
            let length = result.text.unicodeScalars.count
            require(result.end - result.start == length, "result \(offset + 1)'s offsets do not span its text")
            for highlight in result.highlights {
                require(highlight.count == 2 && 0 <= highlight[0] && highlight[0] < highlight[1] && highlight[1] <= length,
                        "highlight \(highlight) of a \(length)-scalar passage")
            }
        }
    }
}

extension QueryChecks {
    /// Within a paragraph (and a document): no database error, and each
    /// result's text is one line's stretch with offsets that span it.
    static func checkParagraphs(_ text: String, in index: QueryIndex) {
        for scope in [SearchScope.paragraph, .document] {
            guard let query = try? QueryParser.parse(text, scope: scope) else { return }
            let results: [SearchResult]
            do {
                results = try Searcher(database: index.database).search(query, limit: limit)
            } catch {
                require(!error.isDatabaseError, "searching \(text.debugDescription) within \(scope) failed in the database: \(error)")
                return
            }
            for result in results {
                require(result.end - result.start == result.text.unicodeScalars.count,
                        "a result's offsets do not span its text within \(scope)")
                require(!result.text.contains("\n"), "a result spans lines within \(scope)")
            }
        }
    }
}

extension SuoyinError {
    /// Whether this is a raw database error rather than a message for the user.
    var isDatabaseError: Bool {
        if case .database = self { return true }
        return false
    }
}
