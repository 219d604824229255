import Foundation
import GRDB
import Testing
@testable import SuoyinCore

/// BM25 as FTS5 computes it: k1 = 1.2, b = 0.75, idf = ln((N − n + ½)/(n + ½))
/// clamped to 10⁻⁶ when not positive (a phrase in half the passages or
/// more), and the score negated, lower being better.
@Suite("BM25")
struct BM25Tests {
    @Test("idf of a phrase in `hits` of `rows` passages", arguments: [
        (100, 0, log(100.5 / 0.5)),    // ≈ 5.303: in no passage
        (100, 1, log(99.5 / 1.5)),     // ≈ 4.195
        (100, 10, log(90.5 / 10.5)),   // ≈ 2.154
        (100, 49, log(51.5 / 49.5)),   // ≈ 0.0396: just under half, still positive
        (100, 50, 1e-6),               // exactly half: ln 1 = 0, clamped
        (100, 51, 1e-6),               // more than half: negative, clamped
        (100, 100, 1e-6),              // everywhere
        (1, 0, log(1.5 / 0.5)),        // ≈ 1.099: one passage, not matched
        (1, 1, 1e-6),
    ])
    func idf(rows: Int, hits: Int, idf: Double) {
        #expect(BM25.idf(rows: rows, hits: hits) == idf)
    }

    @Test("a hand-computed score: f = 2, D = 10, avgdl = 20, n = 10 of N = 100")
    func handComputed() {
        // 1 − b + b·D/avgdl = 0.25 + 0.375 = 0.625; f·(k1 + 1) / (f + k1·0.625) = 4.4 / 2.75 = 1.6.
        let bm25 = BM25(idfs: [log(90.5 / 10.5)], averageLength: 20)
        #expect(bm25.score(length: 10) { _ in 2 } == -1.6 * log(90.5 / 10.5))
        #expect(abs(bm25.score(length: 10) { _ in 2 } - -3.446359) < 1e-6)
        // A second phrase absent from the passage adds nothing.
        let two = BM25(idfs: [log(90.5 / 10.5), log(99.5 / 1.5)], averageLength: 20)
        #expect(two.score(length: 10) { $0 == 0 ? 2 : 0 } == bm25.score(length: 10) { _ in 2 })
        // No occurrence at all scores 0.
        #expect(bm25.score(length: 10) { _ in 0 } == 0)
    }

    @Test("scores equal FTS5's bm25() bit for bit on a small unicode61 table", arguments: [
        "a", "b", "a OR c", "a b", "c OR d OR e OR a OR b", "d NOT b",
    ])
    func sameAsFTS5(query: String) throws {
        let rows = ["a b c", "a a a d", "b", "c c d e a", "e e e e e e e e b", "a d", "d d b a c e"]
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61')")
            for row in rows { try db.execute(sql: "INSERT INTO t(x) VALUES (?)", arguments: [row]) }
        }
        let fts5 = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT rowid, bm25(t) FROM t WHERE t MATCH ?", arguments: [query])
                .map { (Int($0[0] as Int64), $0[1] as Double) }
        }
        // FTS5's phrases: the query's words in order; those after NOT weigh nothing in matching rows.
        let words = query.split(separator: " ").map(String.init).filter { $0 != "OR" && $0 != "NOT" }
        let terms = rows.map { $0.split(separator: " ").map(String.init) }
        let idfs = words.map { word in BM25.idf(rows: rows.count, hits: terms.count { $0.contains(word) }) }
        let bm25 = BM25(idfs: idfs, averageLength: Double(terms.map(\.count).reduce(0, +)) / Double(rows.count))
        #expect(!fts5.isEmpty)
        for (rowid, score) in fts5 {
            let row = terms[rowid - 1]
            #expect(bm25.score(length: row.count) { phrase in row.count { $0 == words[phrase] } } == score, "row \(rowid)")
        }
    }
}
