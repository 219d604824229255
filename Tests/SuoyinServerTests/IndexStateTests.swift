import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import SuoyinCore
import Testing
@testable import SuoyinServer

/// The server answers from the index as it is at each request: 503 with the
/// command line's message while there is none or it is damaged or foreign,
/// new batches and rebuilt indexes as soon as they are there, without a restart.
@Suite("The index under a running server")
struct IndexStateTests {
    static let search = "/api/search?" + ServerFixture.hostileOnlyQuery

    @Test("no index: 503 with the CLI's message; once indexed, the same server answers")
    func missingThenBuilt() async throws {
        let fixture = try ServerFixture(index: false)
        defer { fixture.remove() }
        try await fixture.test { client in
            try await client.execute(uri: Self.search, method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.json["error"] as? String == SuoyinError.noIndex(path: fixture.indexPath).description)
            }
            try await client.execute(uri: "/stats", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.text.contains(Markup.escape(SuoyinError.noIndex(path: fixture.indexPath).description)))
            }
            try fixture.index([fixture.corpus + "/cixi-2023.txt"])
            try await client.execute(uri: "/api/stats", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.json["documents"] as? Int == 1)
            }
            // A batch committed by another run appears at the next request.
            try fixture.index([fixture.corpus + "/hostile"])
            try await client.execute(uri: Self.search, method: .get) { response in
                #expect(response.status == .ok)
                #expect((response.json["total"] as? [String: Int])?["documents"] == 2)
            }
        }
    }

    @Test("a damaged file or another SQLite database: 503 with the CLI's message, and the server stays up")
    func damagedOrForeign() async throws {
        let fixture = try ServerFixture(index: false)
        defer { fixture.remove() }
        try FileManager.default.createDirectory(atPath: (fixture.indexPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: fixture.indexPath))
        try await fixture.test { client in
            try await client.execute(uri: Self.search, method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                let message = response.json["error"] as? String ?? ""
                #expect(message.hasPrefix("'\(fixture.indexPath)' is not a Suoyin index ("), "\(message)")
                #expect(message.hasSuffix("Choose another file with --index, or run 'suoyin index --rebuild' to replace it."))
            }
            try FileManager.default.removeItem(atPath: fixture.indexPath)
            let foreign = try DatabaseQueue(path: fixture.indexPath)
            try await foreign.write { db in try db.execute(sql: "CREATE TABLE t(x)") }
            try foreign.close()
            try await client.execute(uri: Self.search, method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.json["error"] as? String
                        == SuoyinError.notAnIndex(path: fixture.indexPath, reason: "it is an SQLite database without Suoyin's tables").description)
            }
            try await client.execute(uri: "/api/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
            }
            // Rebuilt over the foreign file: served at the next request.
            try fixture.index(rebuild: true)
            try await client.execute(uri: Self.search, method: .get) { response in
                #expect(response.status == .ok)
                #expect((response.json["total"] as? [String: Int])?["documents"] == 2)
            }
        }
    }

    @Test("the same search asked again after a batch was committed answers from the new batch, not from the kept answer")
    func keptAnswerDroppedOnCommit() async throws {
        let fixture = try ServerFixture.oneReport()
        defer { fixture.remove() }
        try await fixture.test { client in
            for _ in 0..<2 {
                try await client.execute(uri: Self.search, method: .get) { response in
                    #expect((response.json["total"] as? [String: Int]) == ["passages": 0, "documents": 0])
                }
            }
            try fixture.index([fixture.corpus + "/hostile"])
            try await client.execute(uri: Self.search, method: .get) { response in
                #expect((response.json["total"] as? [String: Int]) == ["passages": 4, "documents": 2])
            }
        }
    }

    @Test("the version kept answers are filed under changes with a batch of documents, not with a run that writes nothing searchable")
    func versionFollowsContent() throws {
        let fixture = try ServerFixture.oneReport()
        defer { fixture.remove() }
        let provider = IndexProvider(path: fixture.indexPath)
        let watcher = try IndexDatabase.open(at: fixture.indexPath, mapped: false)
        let (first, committed) = (try provider.version(), try watcher.dataVersion())
        // The same file again: the run commits (merge settings, folders, freed pages), no document changes.
        try fixture.index([fixture.corpus + "/cixi-2023.txt"])
        #expect(try watcher.dataVersion() != committed)
        #expect(try provider.version() == first)
        try fixture.index([fixture.corpus + "/hostile"])
        #expect(try provider.version() != first)
    }

    @Test("an index rebuilt with --rebuild is picked up without a restart")
    func rebuildSwap() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            try await client.execute(uri: "/api/stats", method: .get) { response in
                #expect(response.json["documents"] as? Int == 7)
            }
            try fixture.index([fixture.corpus + "/hostile"], rebuild: true)
            try await client.execute(uri: "/api/stats", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.json["documents"] as? Int == 2)
            }
            try await client.execute(uri: "/api/search?q=%E6%B3%95%E6%B2%BB%E6%94%BF%E5%BA%9C", method: .get) { response in
                #expect(response.json["total"] as? [String: Int] == ["passages": 0, "documents": 0])
            }
        }
    }
}
