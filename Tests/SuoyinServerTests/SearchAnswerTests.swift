import Foundation
import SuoyinCore
import Testing
@testable import SuoyinServer

/// A kept answer is encoded as JSON once; requests share it only when they
/// ask exactly the same search.
@Suite("Kept answers and their JSON bodies")
struct SearchAnswerTests {
    static func key(_ query: String) throws -> SearchRequest.Key {
        try SearchRequest(QueryString(query)).key
    }

    @Test("the body is encoded the first time it is asked for and the same bytes are sent after")
    func encodedOnce() throws {
        let answer = SearchAnswer(SearchResponse(results: [], total: SearchTotal(passages: 3, documents: 2)))
        var encodings = 0
        let first = answer.jsonBody { response in
            encodings += 1
            return Data("{\"passages\":\(response.total.passages)}".utf8)
        }
        let second = answer.jsonBody { _ in
            encodings += 1
            return Data("encoded again".utf8)
        }
        #expect(String(decoding: first, as: UTF8.self) == "{\"passages\":3}")
        #expect(second == first)
        #expect(encodings == 1)
    }

    @Test("the same parameters in another order are the same search; any other value of a parameter is another")
    func keys() throws {
        let base = try Self.key("q=%E6%B3%95%E6%B2%BB&limit=10&since=2020")
        #expect(try Self.key("since=2020&limit=10&q=%E6%B3%95%E6%B2%BB") == base)
        // The default limit written out is the same search.
        #expect(try Self.key("q=%E6%B3%95%E6%B2%BB&since=2020") == base)
        let others = [
            "q=%E6%B3%95%E6%B2%BB%20&limit=10&since=2020",  // the query as typed: it is echoed in the body
            "q=%E6%B3%95%E6%B2%BB&limit=11&since=2020",
            "q=%E6%B3%95%E6%B2%BB&limit=10&offset=10&since=2020",
            "q=%E6%B3%95%E6%B2%BB&limit=10&since=2021",
            "q=%E6%B3%95%E6%B2%BB&limit=10&since=2020&until=2024",
            "q=%E6%B3%95%E6%B2%BB&limit=10&since=2020&path=Corpus/*",
            "q=%E6%B3%95%E6%B2%BB&limit=10&since=2020&issuer=%E5%9B%BD%E5%8A%A1%E9%99%A2",
            "q=%E6%B3%95%E6%B2%BB&limit=10&since=2020&number=%E5%9B%BD%E5%8F%91",
            "q=%E6%B3%95%E6%B2%BB&limit=10&since=2020&within=document",
            "q=%E6%B3%95%E6%B2%BB&limit=10&since=2020&exact=1",
            "q=%E6%B3%95%E6%B2%BB&limit=10&since=2020&group=documents",
            "q=%E6%B3%95%E6%B2%BB&limit=10&since=2020&sort=date",
            "q=%E6%B3%95%E6%B2%BB&limit=10&since=2020&context=2",
            "q=%E6%B3%95%E6%B2%BB&limit=10&since=2020&copies=all",
        ]
        for query in others { #expect(try Self.key(query) != base, "\(query)") }
        #expect(Set(try others.map(Self.key)).count == others.count)
    }
}
