import ArgumentParser
import Foundation
import Testing
import SuoyinCommandLine

/// `JSONLine` prints exactly the value, or fails honestly: never `{}`.
@Suite("JSON lines")
struct JSONLineTests {
    private struct Scored: Encodable {
        var score: Double
        var text: String
        var path: String
    }

    @Test("one line per value, keys sorted, Chinese and slashes as they are")
    func encodes() throws {
        let lines = try JSONLine.encode([Scored(score: 1.5, text: "法治", path: "Corpus/a.txt"),
                                         Scored(score: 0, text: "", path: "")])
        #expect(lines == [#"{"path":"Corpus/a.txt","score":1.5,"text":"法治"}"#, #"{"path":"","score":0,"text":""}"#])
    }

    @Test("a value JSON cannot express ends the command with exit status 2, printing no line")
    func failsHonestly() {
        #expect(throws: ExitCode(2)) {
            try JSONLine.encode([Scored(score: 1, text: "a", path: ""), Scored(score: .nan, text: "b", path: "")])
        }
    }

    @Test("the failure names the field that JSON cannot express")
    func reasonNamesTheField() throws {
        let error = try #require(throws: EncodingError.self) {
            try JSONEncoder().encode(Scored(score: .infinity, text: "", path: ""))
        }
        #expect(JSONLine.reason(error).hasPrefix("field 'score': "))
    }
}
