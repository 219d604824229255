import Foundation
import Hummingbird
import HummingbirdTesting
import SuoyinCore
import Testing
@testable import SuoyinServer

/// `GET /api/search`: the page of results, the totals, every parameter and its errors.
@Suite("GET /api/search")
struct SearchAPITests {
    /// What `suoyin search --json` prints for `text` with `options`: the library's results, encoded by the same encoder.
    static func cliObjects(_ text: String, filter: SearchFilter = SearchFilter(), options: SearchOptions) throws -> (objects: [String], total: SearchTotal) {
        let fixture = try ServerFixture.shared()
        let database = try IndexDatabase.open(at: fixture.indexPath)
        let response = try Searcher(database: database).search(try QueryParser.parse(text), filter: filter, options: options)
        let encoder = ResultJSON.encoder()
        let objects = try response.results.map { canonicalJSON(try JSONSerialization.jsonObject(with: encoder.encode($0))) }
        return (objects, response.total)
    }

    @Test("each result is exactly the object suoyin search --json prints, with the totals")
    func resultsAreTheCLIObjects() async throws {
        let expected = try Self.cliObjects("法治政府建設", options: SearchOptions(limit: 3))
        let corpus = try ServerFixture.shared().corpus
        #expect(expected.objects.count == 3)
        try await ServerFixture.shared().test { client in
            try await client.execute(uri: "/api/search?q=%E6%B3%95%E6%B2%BB%E6%94%BF%E5%BA%9C%E5%BB%BA%E8%A8%AD&limit=3", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let body = response.json
                #expect(body["query"] as? String == "法治政府建設")
                #expect(body["limit"] as? Int == 3)
                #expect(body["offset"] as? Int == 0)
                #expect(body["notices"] as? [String] == [])
                let total = body["total"] as? [String: Int]
                #expect(total == ["passages": expected.total.passages, "documents": expected.total.documents])
                #expect(expected.total.passages > 3)
                #expect(response.canonicalObjects("results") == expected.objects)
                let first = (body["results"] as? [[String: Any]])?.first
                #expect(first?["citation"] as? String == "\(corpus)/xishan-2022.txt:67:3")
                #expect(Set(body.keys) == ["query", "notices", "limit", "offset", "total", "results"])
            }
        }
    }

    @Test("keys are sorted and Chinese and slashes are not escaped, as in --json")
    func encodingMatchesTheCLI() async throws {
        try await ServerFixture.shared().test { client in
            try await client.execute(uri: "/api/search?q=2022%E5%B9%B4&limit=1", method: .get) { response in
                let text = response.text
                #expect(text.hasPrefix("{\"limit\":1,\"notices\":[],\"offset\":0,\"query\":\"2022年\",\"results\":[{\"citation\":\""))
                #expect(!text.contains("\\/"))
                #expect(!text.contains("\\u"))
            }
        }
    }

    @Test("offset pages through the same ranking; form-encoded + is a space")
    func paging() async throws {
        let all = try Self.cliObjects("法治 政府", options: SearchOptions(limit: 4))
        #expect(all.objects.count == 4)
        try await ServerFixture.shared().test { client in
            try await client.execute(uri: "/api/search?q=%E6%B3%95%E6%B2%BB+%E6%94%BF%E5%BA%9C&limit=2&offset=2", method: .get) { response in
                let body = response.json
                #expect(body["query"] as? String == "法治 政府")
                #expect(response.canonicalObjects("results") == Array(all.objects.dropFirst(2)))
                #expect((body["results"] as? [[String: Any]])?.map { $0["rank"] as? Int } == [3, 4])
            }
        }
    }

    @Test("filters, grouping, order, context and copies reach the search")
    func options() async throws {
        let filter = try SearchFilter(pathPatterns: ["*cixi*"], since: "2024", until: nil)
        let expected = try Self.cliObjects("法治", filter: filter, options: SearchOptions(limit: 5, grouping: .documents, sort: .date, context: 1))
        try await ServerFixture.shared().test { client in
            try await client.execute(uri: "/api/search?q=%E6%B3%95%E6%B2%BB&limit=5&path=*cixi*&since=2024&group=documents&sort=date&context=1", method: .get) { response in
                #expect(response.status == .ok)
                let body = response.json
                #expect(response.canonicalObjects("results") == expected.objects)
                #expect((body["results"] as? [[String: Any]])?.first?["matches"] != nil)
                #expect((body["results"] as? [[String: Any]])?.first?["before"] != nil)
                #expect((body["total"] as? [String: Int])?["documents"] == 1)
            }
        }
    }

    @Test("issuer, number, within, exact and copies reach the search")
    func moreOptions() async throws {
        let fixture = try ServerFixture.shared()
        let database = try IndexDatabase.open(at: fixture.indexPath)
        let filter = try SearchFilter(pathPatterns: [], since: nil, until: nil, issuers: ["司法局"], numbers: [])
        let query = try QueryParser.parse("2023年 法治", scope: .document, exact: true)
        let expected = try Searcher(database: database).search(query, filter: filter, options: SearchOptions(limit: 5, allCopies: true))
        let encoder = ResultJSON.encoder()
        let objects = try expected.results.map { canonicalJSON(try JSONSerialization.jsonObject(with: encoder.encode($0))) }
        #expect(!objects.isEmpty)
        try await fixture.test { client in
            let uri = "/api/search?q=2023%E5%B9%B4+%E6%B3%95%E6%B2%BB&limit=5&issuer=%E5%8F%B8%E6%B3%95%E5%B1%80&within=document&exact=true&copies=all"
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.canonicalObjects("results") == objects)
                #expect((response.json["total"] as? [String: Int])?["passages"] == expected.total.passages)
            }
            try await client.execute(uri: "/api/search?q=%E6%B3%95%E6%B2%BB&number=%E5%9B%BD%E5%8F%91", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.json["total"] as? [String: Int] == ["passages": 0, "documents": 0])
            }
        }
    }

    @Test("the query's repairs come back as notices")
    func notices() async throws {
        try await ServerFixture.shared().test { client in
            try await client.execute(uri: "/api/search?q=%22%E6%B3%95%E6%B2%BB", method: .get) { response in
                #expect(response.status == .ok)
                #expect((response.json["notices"] as? [String])?.count == 1)
            }
        }
    }

    /// A bad request's status and the start of its message.
    static let badRequests: [(uri: String, message: String)] = [
        ("/api/search", "Parameter 'q': give a query"),
        ("/api/search?q=", "Parameter 'q': give a query"),
        ("/api/search?q=%20%20", "Parameter 'q': give a query"),
        ("/api/search?q=" + String(repeating: "a", count: 1001), "Parameter 'q': the query has 1001 characters; at most 1000"),
        ("/api/search?q=a&limit=0", "Parameter 'limit': '0' is not a whole number from 1 to 1000."),
        ("/api/search?q=a&limit=1001", "Parameter 'limit': '1001' is not a whole number from 1 to 1000."),
        ("/api/search?q=a&limit=ten", "Parameter 'limit': 'ten' is not a whole number"),
        ("/api/search?q=a&offset=-1", "Parameter 'offset': '-1' is not a whole number from 0 to 10000."),
        ("/api/search?q=a&offset=10001", "Parameter 'offset'"),
        ("/api/search?q=a&context=11", "Parameter 'context'"),
        ("/api/search?q=a&since=2021-13", "Parameter 'since': '2021-13' is not a date."),
        ("/api/search?q=a&until=yesterday", "Parameter 'until': 'yesterday' is not a date."),
        ("/api/search?q=a&since=2024&until=2023", "Parameters 'since' and 'until': 2024 is later than 2023, so no document can match. Swap the two dates."),
        ("/api/search?q=a&group=files", "Parameter 'group': 'files' is not one of passages, documents."),
        ("/api/search?q=a&sort=random", "Parameter 'sort': 'random' is not one of relevance, date, path."),
        ("/api/search?q=a&within=line", "Parameter 'within': 'line' is not one of passage, paragraph, document."),
        ("/api/search?q=a&copies=some", "Parameter 'copies': give folded or all."),
        ("/api/search?q=a&exact=maybe", "Parameter 'exact': 'maybe' is not true or false."),
        ("/api/search?q=a&limit=1&limit=2", "Parameter 'limit': given 2 times; give it once."),
        ("/api/search?q=a&colour=red", "Unknown parameter 'colour'."),
        ("/api/search?q=a&issuer=%20%20", "Parameter 'issuer': no text to look for"),
        ("/api/search?q=%FF", "Parameter 'q': not valid percent-encoded UTF-8."),
        ("/api/search?q=a%00b", "Parameter 'q': contains a control character."),
        ("/api/search?q=NOT%20a", "The query 'NOT a' only excludes terms."),
        ("/api/search?q=%E3%80%82", "The query '。' has nothing to search for."),
    ]

    @Test("a bad query or parameter is a 400 whose JSON error names it and says why", arguments: badRequests)
    func badRequest(_ case: (uri: String, message: String)) async throws {
        try await ServerFixture.shared().test { client in
            try await client.execute(uri: `case`.uri, method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let body = response.json
                #expect(Array(body.keys) == ["error"])
                let message = body["error"] as? String ?? ""
                #expect(message.hasPrefix(`case`.message), "\(message)")
            }
        }
    }

    @Test("a search that matches nothing is a 200 with zero totals")
    func noMatch() async throws {
        try await ServerFixture.shared().test { client in
            try await client.execute(uri: "/api/search?q=%E9%BE%98%E9%BE%98", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.json["total"] as? [String: Int] == ["passages": 0, "documents": 0])
                #expect((response.json["results"] as? [Any])?.isEmpty == true)
            }
        }
    }
}
