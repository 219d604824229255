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
}
