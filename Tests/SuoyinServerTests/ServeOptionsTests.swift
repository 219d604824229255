import SuoyinCommandLine
import Testing
@testable import SuoyinServer

/// `suoyin serve`'s options are defined without the server (so that `suoyin` need not link it):
/// their defaults must still be the server's.
@Suite("serve options")
struct ServeOptionsTests {
    @Test("--cache defaults to the number of answers the server keeps by default")
    func cacheDefault() throws {
        #expect(ServeOptions.defaultKeptAnswers == SearchServer.Settings.defaultKeptAnswers)
        #expect(try ServeOptions.parse([]).cache == SearchServer.Settings.defaultKeptAnswers)
    }

    @Test("the answer from before a commit is sent after at most 50 ms unless --always-fresh is given")
    func alwaysFresh() throws {
        #expect(SearchServer.Settings(indexPath: "x").previousAnswerAfter == 0.05)
        #expect(try ServeOptions.parse([]).alwaysFresh == false)
        #expect(try ServeOptions.parse(["--always-fresh"]).alwaysFresh == true)
    }
}
