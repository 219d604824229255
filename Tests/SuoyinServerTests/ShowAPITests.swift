import Foundation
import Hummingbird
import HummingbirdTesting
import SuoyinCore
import Testing
@testable import SuoyinServer

/// `GET /api/show`: a passage by citation; only passages of indexed documents, ever.
@Suite("GET /api/show")
struct ShowAPITests {
    static func encoded(_ citation: String) -> String { PageLink.encode(citation) }

    @Test("a citation gives the passage shaped like a search result, with context")
    func passageWithContext() async throws {
        let fixture = try ServerFixture.shared()
        let citation = "\(fixture.corpus)/cixi-2023.txt:7:1"
        let expected = try PassageLookup(database: IndexDatabase.open(at: fixture.indexPath))
            .passage(at: Citation(parsing: citation), context: 1)
        try await fixture.test { client in
            try await client.execute(uri: "/api/show?citation=\(Self.encoded(citation))&context=1", method: .get) { response in
                #expect(response.status == .ok)
                let body = response.json
                #expect(Set(body.keys) == ["passage", "before", "after", "encoding", "staleness"])
                let passage = body["passage"] as? [String: Any] ?? [:]
                #expect(passage["citation"] as? String == citation)
                #expect(passage["text"] as? String == "一、2023年我市法治政府建设主要举措和成效")
                #expect(passage["rank"] is NSNull)
                #expect(passage["highlights"] as? [[Int]] == [])
                #expect((body["before"] as? [[String: Any]])?.map { $0["citation"] as! String } == expected.before.map(\.citation))
                #expect((body["after"] as? [[String: Any]])?.count == 1)
                #expect(body["encoding"] as? String == "UTF-8")
                #expect(body["staleness"] is NSNull)
            }
        }
    }

    /// Citations that name nothing indexed: 404, with the library's message.
    static let notFound = [
        "../../etc/passwd:1",
        "/etc/passwd:1",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd:1",
        "..%2F..%2Fetc%2Fpasswd:1:1",
        "Corpus/nowhere.txt:1:1",
    ]

    @Test("traversal, absolute and unknown paths are 404s that reveal nothing", arguments: notFound)
    func outsideTheIndex(_ citation: String) async throws {
        try await ServerFixture.shared().test { client in
            // Sent as written: percent-escapes in the list arrive decoded once, as a browser would send them.
            try await client.execute(uri: "/api/show?citation=\(citation.replacingOccurrences(of: "/", with: "%2F"))", method: .get) { response in
                #expect(response.status == .notFound)
                let message = response.json["error"] as? String ?? ""
                #expect(message.contains("is not in the index"), "\(message)")
                #expect(!message.contains("root:"))
            }
        }
    }

    @Test("a line where no passage starts is a 404 that names the nearest citations")
    func noPassage() async throws {
        let fixture = try ServerFixture.shared()
        try await fixture.test { client in
            try await client.execute(uri: "/api/show?citation=\(Self.encoded(fixture.corpus + "/cixi-2023.txt:7:5"))", method: .get) { response in
                #expect(response.status == .notFound)
                #expect((response.json["error"] as? String)?.hasPrefix("No indexed passage starts at") == true)
            }
        }
    }

    static let badCitations: [(uri: String, message: String)] = [
        ("/api/show", "Parameter 'citation': give a citation as PATH:LINE or PATH:LINE:COL"),
        ("/api/show?citation=cixi-2023", "'cixi-2023' is not a citation."),
        ("/api/show?citation=a.txt%00:1", "Parameter 'citation': contains a control character."),
        ("/api/show?citation=" + String(repeating: "a", count: 4_201) + ":1", "Parameter 'citation': 4203 bytes long; at most 4200 are allowed."),
        ("/api/show?citation=a.txt:1&context=99", "Parameter 'context': '99' is not a whole number from 0 to 10."),
        ("/api/show?citation=a.txt:1&line=2", "Unknown parameter 'line'."),
    ]

    @Test("a malformed citation, a NUL byte, an over-long citation or a bad parameter is a 400", arguments: badCitations)
    func badCitation(_ case: (uri: String, message: String)) async throws {
        try await ServerFixture.shared().test { client in
            try await client.execute(uri: `case`.uri, method: .get) { response in
                #expect(response.status == .badRequest)
                #expect((response.json["error"] as? String)?.hasPrefix(`case`.message) == true, "\(response.text)")
            }
        }
    }
}
