import Foundation
import Testing
import TestSupport
@testable import SuoyinCore

/// Random queries made of pieces of the Corpus — Han runs, digits,
/// punctuation, traditional text — rank exactly as FTS5's `bm25()` ranks
/// them, with the phrase lists current and stale.
@Suite("Ranker on random queries")
struct RankerRandomQueryTests {
    /// A query of one to four pieces of passage text, joined by AND, OR or NOT.
    private static func randomQuery(_ texts: [[Character]], _ random: inout SplitMix64) -> String {
        var query = ""
        for index in 0..<Int.random(in: 1...4, using: &random) {
            let text = texts.randomElement(using: &random)!
            let length = Int.random(in: 1...min(6, text.count), using: &random)
            let start = Int.random(in: 0...(text.count - length), using: &random)
            let piece = String(text[start..<(start + length)]).filter { !$0.isWhitespace && $0 != "\"" }
            guard !piece.isEmpty else { continue }
            if index > 0 { query += ["", "", "OR ", "-"].randomElement(using: &random)! }
            query += "=\"\(piece)\" "  // exact: FTS5 scores numeral forms as separate phrases
        }
        return query
    }

    @Test("seeded random queries: every page and score equals FTS5's", arguments: [RankerTests.Lists.current, .stale])
    func randomQueries(lists: RankerTests.Lists) throws {
        let index = try CorpusIndex.shared(listsCurrent: lists == .current)
        let texts = try index.places().values.map { Array($0.text) }.sorted { String($0) < String($1) }
        var random = SplitMix64(seed: 2024)
        var compared = 0
        var matched = 0
        while compared < 300 {
            guard let query = try? QueryParser.parse(Self.randomQuery(texts, &random), scope: .passage) else { continue }
            compared += 1
            let expected = try index.fts5Ranking(query)
            if !expected.isEmpty { matched += 1 }
            #expect(try index.search(query, limit: 10) == Array(expected.prefix(10)), "\(query.matchExpression)")
            #expect(try index.search(query, limit: 0) == expected, "\(query.matchExpression)")
            let offset = Int.random(in: 0...20, using: &random)
            #expect(try index.search(query, limit: 5, offset: offset) == Array(expected.dropFirst(offset).prefix(5)),
                    "\(query.matchExpression) at \(offset)")
        }
        #expect(matched > 150)
    }
}
