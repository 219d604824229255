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
        case .leads(let flight):
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
        guard case .leads(let old) = cache.lookup("q=法", at: Self.first) else { Issue.record("expected to lead"); return }
        Self.ask(cache, "q=法治", at: Self.committed, answer: "new")
        cache.finish(old, with: .success("stale"), keep: true)
        #expect(cache.count == 1)
        #expect(Self.ask(cache, "q=法", at: Self.committed, answer: "fresh") == ("fresh", true))
    }

    @Test("a search asked again while under way at the same version joins it and gets its answer; at a newer version it searches anew")
    func joinsFlight() throws {
        let cache = AnswerCache<String, String>(capacity: 8)
        guard case .leads(let flight) = cache.lookup("q=法", at: Self.first) else { Issue.record("expected to lead"); return }
        guard case .joined(let joined) = cache.lookup("q=法", at: Self.first) else { Issue.record("expected to join"); return }
        #expect(joined === flight)
        guard case .leads(let newer) = cache.lookup("q=法", at: Self.committed) else { Issue.record("expected a new search"); return }
        #expect(newer !== flight)
        cache.finish(flight, with: .success("ten results"), keep: true)
        #expect(try joined.wait().get() == "ten results")
        cache.finish(newer, with: .success("eleven results"), keep: true)
        #expect(Self.ask(cache, "q=法", at: Self.committed, answer: "") == ("eleven results", false))
    }

    @Test("a failed search hands its error to those who joined it and keeps nothing")
    func failureShared() {
        let cache = AnswerCache<String, String>(capacity: 8)
        guard case .leads(let flight) = cache.lookup("q=法", at: Self.first),
              case .joined(let joined) = cache.lookup("q=法", at: Self.first)
        else { Issue.record("expected to lead, then join"); return }
        let error = SuoyinError.noIndex(path: "Index/suoyin.sqlite")
        cache.finish(flight, with: .failure(error), keep: true)
        #expect(throws: error) { try joined.wait().get() }
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
