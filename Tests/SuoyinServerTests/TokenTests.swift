import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import SuoyinServer

/// With `--token`: a bearer header for the API, a login form and its cookie for the page.
@Suite("--token")
struct TokenTests {
    static let token = "s3cret-Token_1"

    @Test("the API needs 'Authorization: Bearer TOKEN': 401 JSON without it or with another")
    func bearer() async throws {
        try await ServerFixture.shared().test(token: Self.token) { client in
            for headers: HTTPFields in [[:], [.authorization: "Bearer wrong-token"], [.authorization: "Basic \(Self.token)"]] {
                try await client.execute(uri: "/api/stats", method: .get, headers: headers) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"suoyin\"")
                    #expect(response.json["error"] as? String == "This server needs its token: send 'Authorization: Bearer TOKEN'.")
                }
            }
            try await client.execute(uri: "/api/stats", method: .get, headers: [.authorization: "Bearer \(Self.token)"]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("a page without the cookie is the login form (401); the form sets the cookie and returns to the page")
    func loginForm() async throws {
        try await ServerFixture.shared().test(token: Self.token) { client in
            try await client.execute(uri: "/stats?lang=en", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("<form method=\"post\" action=\"/login\" class=\"login\">"))
                #expect(response.text.contains("<input type=\"hidden\" name=\"next\" value=\"/stats?lang=en\">"))
                #expect(!response.text.contains("Documents"))
            }
            let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            try await client.execute(uri: "/login", method: .post, headers: form, body: ByteBuffer(string: "token=wrong-token&next=%2Fstats")) { response in
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("<p class=\"error\" role=\"alert\">令牌不正确。</p>"))
                #expect(response.headers[.setCookie] == nil)
            }
            let cookie = try await client.execute(uri: "/login", method: .post, headers: form,
                                                  body: ByteBuffer(string: "token=\(Self.token)&next=%2Fstats%3Flang%3Den")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/stats?lang=en")
                let setCookie = response.headers[.setCookie] ?? ""
                #expect(setCookie.hasPrefix("suoyin_token=\(Self.token);"))
                #expect(setCookie.contains("HttpOnly"))
                #expect(setCookie.contains("SameSite=Strict"))
                return "suoyin_token=\(Self.token)"
            }
            try await client.execute(uri: "/stats?lang=en", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Documents"))
            }
            // The cookie is for the page; the API takes the bearer header only.
            try await client.execute(uri: "/api/stats", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/assets/style.css", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("after signing in, only a path on this server is a place to return to")
    func safeNext() {
        #expect(LoginController.safeNext("/passage?citation=a:1") == "/passage?citation=a:1")
        #expect(LoginController.safeNext("//evil.example/") == "/")
        #expect(LoginController.safeNext("/\\evil.example") == "/")
        #expect(LoginController.safeNext("https://evil.example/") == "/")
        #expect(LoginController.safeNext(nil) == "/")
    }

    @Test("tokens compare equal only when equal")
    func comparison() {
        #expect(TokenMiddleware.equal("abcdefgh", "abcdefgh"))
        #expect(!TokenMiddleware.equal("abcdefg", "abcdefgh"))
        #expect(!TokenMiddleware.equal("abcdefghi", "abcdefgh"))
        #expect(!TokenMiddleware.equal("", "abcdefgh"))
    }
}
