import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SuoyinCore
import Testing
@testable import SuoyinServer

/// `/api/stats`, `/api/openapi.json`, unknown routes, methods, limits and the safety headers.
@Suite("API: stats, description, limits, headers")
struct ServerAPITests {
    @Test("stats are suoyin stats --json's counts and when the index was last written")
    func stats() async throws {
        let fixture = try ServerFixture.shared()
        let statistics = try IndexStatistics(database: IndexDatabase.open(at: fixture.indexPath))
        try await fixture.test { client in
            try await client.execute(uri: "/api/stats", method: .get) { response in
                #expect(response.status == .ok)
                let body = response.json
                #expect(body["documents"] as? Int == 7)
                #expect(body["documents"] as? Int == statistics.documents)
                #expect(body["passages"] as? Int == statistics.passages)
                #expect(body["characters"] as? Int == statistics.characters)
                #expect(body["encodings"] as? [String: Int] == ["UTF-8": 7])
                #expect(body["formats"] as? [String: Int] == [".txt": 7])
                #expect((body["lastIndexed"] as? String)?.hasSuffix("Z") == true)
            }
            try await client.execute(uri: "/api/stats?verbose=1", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test("the OpenAPI description lists exactly the routes and the parameters they take")
    func openAPIMatchesTheRoutes() async throws {
        try await ServerFixture.shared().test { client in
            let document = try await client.execute(uri: "/api/openapi.json", method: .get) { $0 }
            #expect(document.status == .ok)
            let paths = document.json["paths"] as? [String: [String: Any]] ?? [:]
            #expect(Set(paths.keys) == ["/api/search", "/api/show", "/api/stats", "/api/openapi.json"])
            func names(_ path: String) -> Set<String> {
                let operation = paths[path]?["get"] as? [String: Any]
                return Set((operation?["parameters"] as? [[String: Any]] ?? []).map { $0["name"] as! String })
            }
            #expect(names("/api/search") == SearchRequest.parameterNames)
            #expect(names("/api/show") == ["citation", "context"])
            #expect(names("/api/stats").isEmpty)
            // Every documented path answers a GET (with its required parameters) with a documented status.
            for (path, query) in [("/api/search", "?q=%E6%B3%95"), ("/api/show", "?citation=x:1"), ("/api/stats", ""), ("/api/openapi.json", "")] {
                try await client.execute(uri: path + query, method: .get) { response in
                    let responses = (paths[path]?["get"] as? [String: Any])?["responses"] as? [String: Any] ?? [:]
                    #expect(responses[String(response.status.code)] != nil, "\(path) answered \(response.status.code)")
                }
            }
        }
    }

    @Test("an unknown API path is a JSON 404")
    func unknownRoute() async throws {
        try await ServerFixture.shared().test { client in
            try await client.execute(uri: "/api/delete", method: .get) { response in
                #expect(response.status == .notFound)
                #expect((response.json["error"] as? String)?.hasPrefix("Nothing is at this address.") == true)
            }
        }
    }

    @Test("methods other than GET and HEAD are refused with 405, bodies with 413, long URLs with 414")
    func limits() async throws {
        try await ServerFixture.shared().test { client in
            try await client.execute(uri: "/api/search?q=a", method: .delete) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.json["error"] as? String == "Only GET requests are answered here.")
            }
            try await client.execute(uri: "/api/search?q=a", method: .get, headers: [.contentLength: "5"],
                                     body: ByteBuffer(string: "hello")) { response in
                #expect(response.status == .contentTooLarge)
            }
            try await client.execute(uri: "/api/search?q=" + String(repeating: "a", count: 8 * 1024), method: .get) { response in
                #expect(response.status == .uriTooLong)
                #expect((response.json["error"] as? String)?.hasPrefix("The address is longer than 8 KB.") == true)
            }
            try await client.execute(uri: "/api/stats", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
            }
        }
    }

    @Test("every response carries the safety headers, errors and pages included", arguments: ["/api/stats", "/api/nothing", "/", "/?q=%3Cscript%3E", "/assets/style.css"])
    func safetyHeaders(_ uri: String) async throws {
        try await ServerFixture.shared().test { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'self'") == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            }
        }
    }

    @Test("one log line per request: method, path without its query, status, milliseconds")
    func requestLog() async throws {
        let log = LogLines()
        try await ServerFixture.shared().test(log: log) { client in
            _ = try await client.execute(uri: "/api/search?q=%E6%B3%95%E6%B2%BB&limit=1", method: .get) { $0 }
            _ = try await client.execute(uri: "/api/nothing", method: .get) { $0 }
        }
        let lines = log.lines
        #expect(lines.count == 2)
        #expect(lines.first?.range(of: #"^GET /api/search 200 \d+\.\d ms$"#, options: .regularExpression) != nil, "\(lines)")
        #expect(lines.last?.range(of: #"^GET /api/nothing 404 \d+\.\d ms$"#, options: .regularExpression) != nil, "\(lines)")
        #expect(!lines.joined().contains("法治"))
    }
}
