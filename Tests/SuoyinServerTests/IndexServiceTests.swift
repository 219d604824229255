import Foundation
import Hummingbird
import HummingbirdTesting
import SuoyinCore
import Testing
@testable import SuoyinServer

/// After a commit, a reader of a search answered before is not kept waiting
/// for it: past the wait, the answer from before the commit is sent, marked,
/// until the search again has found the new one.
@Suite("Searches right after a commit")
struct IndexServiceTests {
    /// 依法行政示范区: in the hostile documents only.
    static func request() throws -> SearchRequest {
        try SearchRequest(QueryString(ServerFixture.hostileOnlyQuery))
    }

    /// Holds the only reading connection of `provider` until released: a search can then not finish.
    final class HeldConnection: Sendable {
        private let released = DispatchSemaphore(value: 0)

        /// Once the connection is held.
        init(_ provider: IndexProvider) async {
            let released = released
            await withCheckedContinuation { (taken: CheckedContinuation<Void, Never>) in
                Task {
                    _ = try? await provider.withDatabase { _ in
                        taken.resume()
                        released.wait()
                    }
                }
            }
        }

        func release() { released.signal() }
    }

    @Test("a search again still under way when the wait is over sends the answer from before, marked; once found, the new one")
    func previousAnswerWhileSearchedAgain() async throws {
        let fixture = try ServerFixture.oneReport()
        defer { fixture.remove() }
        let provider = IndexProvider(path: fixture.indexPath, readers: 1)
        let impatient = IndexService(provider: provider, keptAnswers: 8, previousAnswerAfter: 0)
        var patient = impatient
        patient.previousAnswerAfter = nil

        let before = try await impatient.search(Self.request())
        #expect(!before.isPrevious)
        #expect(before.response.total.passages == 0)

        try fixture.index([fixture.corpus + "/hostile"])
        let held = await HeldConnection(provider)
        let during = try await impatient.search(Self.request())
        #expect(during.isPrevious)
        #expect(during.answer === before.answer)
        held.release()

        // Joins the search under way and waits for it: the new batch's passages.
        let after = try await patient.search(Self.request())
        #expect(!after.isPrevious)
        #expect(after.response.total.passages == 4)
        #expect(after.response.total.documents == 2)
        let kept = try await impatient.search(Self.request())
        #expect(!kept.isPrevious)
        #expect(kept.answer === after.answer)
    }

    @Test("the wait for a search again: twice what it took and 5 ms, at most the limit, none when it took longer than that",
          arguments: [(0.001, 0.05, 0.007), (0.03, 0.05, 0.05), (0.05, 0.05, 0.05), (0.2, 0.05, 0.0), (0.001, 0.0, 0.0)])
    func waitForSearchAgain(took: Double, limit: Double, wait: Double) {
        let previous = SearchAnswer(SearchResponse(results: [], total: SearchTotal(passages: 1, documents: 1)), searchSeconds: took)
        #expect(abs(IndexService.wait(for: previous, atMost: limit) - wait) < 1e-12)
    }

    @Test("over HTTP, the answer from before the commit is the same body, marked 'Suoyin-Answer: previous'; a fresh one is unmarked")
    func previousAnswerHeader() async throws {
        let fixture = try ServerFixture.oneReport()
        defer { fixture.remove() }
        let provider = IndexProvider(path: fixture.indexPath, readers: 1)
        var settings = SearchServer.Settings(indexPath: fixture.indexPath)
        settings.previousAnswerAfter = 0
        let application = Application(router: SearchServer.router(settings: settings, provider: provider, log: { _ in }))
        let uri = IndexStateTests.search
        try await application.test(.router) { client in
            let before = try await client.execute(uri: uri, method: .get) { $0 }
            #expect(before.headers[APIController.answerStateHeader] == nil)
            #expect((before.json["total"] as? [String: Int]) == ["passages": 0, "documents": 0])
            try fixture.index([fixture.corpus + "/hostile"])
            let held = await HeldConnection(provider)
            let during = try await client.execute(uri: uri, method: .get) { $0 }
            held.release()
            #expect(during.status == .ok)
            #expect(during.headers[APIController.answerStateHeader] == "previous")
            #expect(during.text == before.text)
        }
    }

    @Test("the search page says when its results are the answer from before the index's last commit")
    func previousAnswerOnPage() throws {
        let search = try SearchRequest(QueryString("q=%E6%B3%95"))
        let response = SearchResponse(results: [], total: SearchTotal(passages: 0, documents: 0))
        for (language, notice) in [(PageLanguage(isEnglish: false), "索引刚刚更新：以下是更新前的结果，新的结果正在查找，稍后刷新本页即可看到。"),
                                   (PageLanguage(isEnglish: true), "The index has just been updated: these are the results from before; the new ones are being searched — reload the page in a moment.")] {
            let page = SearchPage(language: language, parameters: try QueryString("q=%E6%B3%95"))
            let marked = Markup.document(.join(page.content(search, response, isPrevious: true)))
            #expect(marked.contains("<p class=\"notices\" role=\"status\">\(notice)</p>"), "\(marked)")
            #expect(!Markup.document(.join(page.content(search, response))).contains(notice))
        }
    }

    @Test("a search never answered before waits for its answer, even with no wait allowed")
    func firstSearchWaits() async throws {
        let fixture = try ServerFixture.oneReport()
        defer { fixture.remove() }
        let service = IndexService(provider: IndexProvider(path: fixture.indexPath, readers: 1), keptAnswers: 8,
                                   previousAnswerAfter: 0)
        _ = try await service.search(SearchRequest(QueryString("q=%E6%B3%95")))
        try fixture.index([fixture.corpus + "/hostile"])
        let first = try await service.search(Self.request())
        #expect(!first.isPrevious)
        #expect(first.response.total.passages == 4)
    }
}
