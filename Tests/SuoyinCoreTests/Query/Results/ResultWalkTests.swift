import Testing
@testable import SuoyinCore

/// A page left short by folding asks for the phrase lists' depth first,
/// which the lists still rank, before asking four times as many.
@Suite("ResultWalk: how many passages a short page asks for next")
struct ResultWalkTests {
    @Test("a page of ten asks for the lists' depth, then four times as many each time")
    func asks() {
        #expect(PhraseLists.depth == 16)
        #expect(ResultWalk.nextAsk(after: 1) == 16)    // --limit 1
        #expect(ResultWalk.nextAsk(after: 10) == 16)   // the default page
        #expect(ResultWalk.nextAsk(after: 16) == 64)   // the lists' depth reached
        #expect(ResultWalk.nextAsk(after: 20) == 80)   // a page deeper than the lists
        #expect(ResultWalk.nextAsk(after: Searcher.deepestTop / 4) == Searcher.deepestTop)
        #expect(ResultWalk.nextAsk(after: Searcher.deepestTop) == nil)  // every match
        #expect(ResultWalk.nextAsk(after: .max) == nil)                 // no overflow
    }
}
