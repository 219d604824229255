import Testing
@testable import SuoyinServer

/// Answers are kept per version of the index and never outlive it.
@Suite("Answers kept while the index is unchanged")
struct AnswerCacheTests {
    static let first = IndexProvider.Version(opening: 1, data: 5)
    static let committed = IndexProvider.Version(opening: 1, data: 6)
    static let reopened = IndexProvider.Version(opening: 2, data: 1)

    @Test("an answer kept at a version is found at that version, under its own key only")
    func sameVersion() {
        let cache = AnswerCache<String>(capacity: 8)
        cache.keep("ten results", for: "q=法", at: Self.first)
        #expect(cache.answer(for: "q=法", at: Self.first) == "ten results")
        #expect(cache.answer(for: "q=法治", at: Self.first) == nil)
    }

    @Test("a commit (a newer data version) or a reopened file drops every kept answer")
    func newerVersionEmpties() {
        let cache = AnswerCache<String>(capacity: 8)
        cache.keep("before", for: "q=法", at: Self.first)
        #expect(cache.answer(for: "q=法", at: Self.committed) == nil)
        #expect(cache.count == 0)
        cache.keep("after", for: "q=法", at: Self.committed)
        #expect(cache.answer(for: "q=法", at: Self.reopened) == nil)
        #expect(cache.count == 0)
    }

    @Test("an answer computed at an older version than the current one is not kept")
    func olderAnswerRefused() {
        let cache = AnswerCache<String>(capacity: 8)
        #expect(cache.answer(for: "q=法", at: Self.committed) == nil)
        cache.keep("stale", for: "q=法", at: Self.first)
        #expect(cache.count == 0)
        #expect(cache.answer(for: "q=法", at: Self.committed) == nil)
    }

    @Test("when full, the quarter used longest ago is dropped and the recently used stay")
    func leastRecentDropped() {
        let cache = AnswerCache<Int>(capacity: 8)
        for number in 0..<8 { cache.keep(number, for: "q\(number)", at: Self.first) }
        // Using 0 and 1 again makes 2 and 3 the least recent.
        #expect(cache.answer(for: "q0", at: Self.first) == 0)
        #expect(cache.answer(for: "q1", at: Self.first) == 1)
        cache.keep(8, for: "q8", at: Self.first)
        #expect(cache.count == 7)
        #expect(cache.answer(for: "q2", at: Self.first) == nil)
        #expect(cache.answer(for: "q3", at: Self.first) == nil)
        for number in [0, 1, 4, 5, 6, 7, 8] { #expect(cache.answer(for: "q\(number)", at: Self.first) == number) }
    }

    @Test("a capacity of zero keeps nothing")
    func zeroCapacity() {
        let cache = AnswerCache<Int>(capacity: 0)
        cache.keep(1, for: "q", at: Self.first)
        #expect(cache.answer(for: "q", at: Self.first) == nil)
    }
}
