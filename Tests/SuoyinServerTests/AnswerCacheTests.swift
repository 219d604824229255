import Foundation
import SuoyinCore
import Testing
@testable import SuoyinServer

/// Answers are kept per version of the index and never outlive it; a search
/// under way is joined, not repeated.
@Suite("Answers kept while the index is unchanged")
struct AnswerCacheTests {
    static let first = IndexProvider.Version(opening: 1, content: 5)
    static let committed = IndexProvider.Version(opening: 1, content: 6)
    static let reopened = IndexProvider.Version(opening: 2, content: 1)

    /// Searches `key` at `version` the way the server does: the kept answer, or `answer` as the search's.
    @discardableResult
    static func ask(_ cache: AnswerCache<String, String>, _ key: String, at version: IndexProvider.Version, answer: String) -> (String, searched: Bool) {
        switch cache.lookup(key, at: version) {
        case .kept(let kept): return (kept, false)
        case .joined: Issue.record("no search of \(key) is under way"); return ("", false)
        case .leads(let flight, _):
            cache.finish(flight, with: .success(answer), keep: true)
            return (answer, true)
        }
    }

    @Test("an answer kept at a version is found at that version, under its own key only")
    func sameVersion() {
        let cache = AnswerCache<String, String>(capacity: 8)
        #expect(Self.ask(cache, "q=法", at: Self.first, answer: "ten results") == ("ten results", true))
        #expect(Self.ask(cache, "q=法", at: Self.first, answer: "searched again") == ("ten results", false))
        #expect(Self.ask(cache, "q=法治", at: Self.first, answer: "other") == ("other", true))
    }

    @Test("a commit (a newer data version) or a reopened file drops every kept answer")
    func newerVersionEmpties() {
        let cache = AnswerCache<String, String>(capacity: 8)
        Self.ask(cache, "q=法", at: Self.first, answer: "before")
        #expect(Self.ask(cache, "q=法", at: Self.committed, answer: "after") == ("after", true))
        #expect(cache.count == 1)
        #expect(Self.ask(cache, "q=法", at: Self.reopened, answer: "rebuilt") == ("rebuilt", true))
        #expect(cache.count == 1)
    }

    @Test("an answer searched at an older version than the current one is not kept")
    func olderAnswerRefused() {
        let cache = AnswerCache<String, String>(capacity: 8)
        guard case .leads(let old, _) = cache.lookup("q=法", at: Self.first) else { Issue.record("expected to lead"); return }
        Self.ask(cache, "q=法治", at: Self.committed, answer: "new")
        cache.finish(old, with: .success("stale"), keep: true)
        #expect(cache.count == 1)
        #expect(Self.ask(cache, "q=法", at: Self.committed, answer: "fresh") == ("fresh", true))
    }

    @Test("a search asked again while under way at the same version joins it and gets its answer; at a newer version it searches anew")
    func joinsFlight() async throws {
        let cache = AnswerCache<String, String>(capacity: 8)
        guard case .leads(let flight, _) = cache.lookup("q=法", at: Self.first) else { Issue.record("expected to lead"); return }
        guard case .joined(let joined, _) = cache.lookup("q=法", at: Self.first) else { Issue.record("expected to join"); return }
        #expect(joined === flight)
        guard case .leads(let newer, _) = cache.lookup("q=法", at: Self.committed) else { Issue.record("expected a new search"); return }
        #expect(newer !== flight)
        cache.finish(flight, with: .success("ten results"), keep: true)
        #expect(try await joined.result().get() == "ten results")
        cache.finish(newer, with: .success("eleven results"), keep: true)
        #expect(Self.ask(cache, "q=法", at: Self.committed, answer: "") == ("eleven results", false))
    }

    @Test("a failed search hands its error to those who joined it and keeps nothing")
    func failureShared() async {
        let cache = AnswerCache<String, String>(capacity: 8)
        guard case .leads(let flight, _) = cache.lookup("q=法", at: Self.first),
              case .joined(let joined, _) = cache.lookup("q=法", at: Self.first)
        else { Issue.record("expected to lead, then join"); return }
        let error = SuoyinError.noIndex(path: "Index/suoyin.sqlite")
        cache.finish(flight, with: .failure(error), keep: true)
        let shared = await joined.result()
        #expect(throws: error) { try shared.get() }
        #expect(cache.count == 0)
        #expect(Self.ask(cache, "q=法", at: Self.first, answer: "searched") == ("searched", true))
    }

    @Test("when full, the quarter used longest ago is dropped and the recently used stay")
    func leastRecentDropped() {
        let cache = AnswerCache<String, String>(capacity: 8)
        for number in 0..<8 { Self.ask(cache, "q\(number)", at: Self.first, answer: "\(number)") }
        // Using 0 and 1 again makes 2 and 3 the least recent.
        Self.ask(cache, "q0", at: Self.first, answer: "")
        Self.ask(cache, "q1", at: Self.first, answer: "")
        Self.ask(cache, "q8", at: Self.first, answer: "8")
        #expect(cache.count == 7)
        for number in [0, 1, 4, 5, 6, 7, 8] { #expect(Self.ask(cache, "q\(number)", at: Self.first, answer: "") == ("\(number)", false)) }
        for number in [2, 3] { #expect(Self.ask(cache, "q\(number)", at: Self.first, answer: "again") == ("again", true)) }
    }

    /// The answer from before the last commit that a search of `key` at `version` is handed, without finishing it.
    static func previous(_ cache: AnswerCache<String, String>, _ key: String, at version: IndexProvider.Version) -> String? {
        switch cache.lookup(key, at: version) {
        case .kept: Issue.record("\(key) is kept at this version"); return nil
        case .joined(_, let previous), .leads(_, let previous): return previous
        }
    }

    static let laterCommit = IndexProvider.Version(opening: 1, content: 7)

    @Test("after a commit a search is handed the answer kept before it; after the file was reopened, none")
    func previousAnswerHandedAlong() {
        let cache = AnswerCache<String, String>(capacity: 8)
        Self.ask(cache, "q=法", at: Self.first, answer: "before")
        #expect(Self.previous(cache, "q=法", at: Self.committed) == "before")
        // The one who joins that search is handed it too.
        #expect(Self.previous(cache, "q=法", at: Self.committed) == "before")
        #expect(Self.previous(cache, "q=法治", at: Self.committed) == nil)
        #expect(Self.previous(cache, "q=法", at: Self.reopened) == nil)
    }

    @Test("the previous answers are each key's newest, the displaced ones alone when more would exceed the capacity")
    func previousAnswersNewestBounded() {
        let cache = AnswerCache<String, String>(capacity: 2)
        Self.ask(cache, "a", at: Self.first, answer: "a1")
        Self.ask(cache, "b", at: Self.first, answer: "b1")
        Self.ask(cache, "a", at: Self.committed, answer: "a2")
        #expect(Self.previous(cache, "a", at: Self.laterCommit) == "a2")
        #expect(Self.previous(cache, "b", at: Self.laterCommit) == "b1")

        let small = AnswerCache<String, String>(capacity: 2)
        Self.ask(small, "a", at: Self.first, answer: "a1")
        Self.ask(small, "b", at: Self.first, answer: "b1")
        Self.ask(small, "c", at: Self.committed, answer: "c2")
        // a, b and c would be three: only c, displaced by this commit, is kept aside.
        #expect(Self.previous(small, "c", at: Self.laterCommit) == "c2")
        #expect(Self.previous(small, "a", at: Self.laterCommit) == nil)
    }

    @Test("a wait for a search that is over before the search gives nothing; after it lands, its result at once")
    func waitWithin() async throws {
        let cache = AnswerCache<String, String>(capacity: 8)
        guard case .leads(let flight, _) = cache.lookup("q", at: Self.first) else { Issue.record("expected to lead"); return }
        #expect(await flight.result(within: 0) == nil)
        cache.finish(flight, with: .success("found"), keep: true)
        #expect(try await flight.result(within: 0)?.get() == "found")
    }

    @Test("a capacity of zero keeps nothing and every request searches")
    func zeroCapacity() {
        let cache = AnswerCache<String, String>(capacity: 0)
        guard case .leads = cache.lookup("q", at: Self.first), case .leads = cache.lookup("q", at: Self.first) else {
            Issue.record("expected two searches"); return
        }
        #expect(Self.ask(cache, "q", at: Self.first, answer: "a") == ("a", true))
        #expect(Self.ask(cache, "q", at: Self.first, answer: "b") == ("b", true))
    }
}
