import Foundation
import Testing
@testable import SuoyinCore

/// The fast JSON line of a result is, byte for byte, what the contract's
/// encoder (``ResultJSON/encoder()``) writes: on every result of searches
/// with each kind of field, and on made-up results with every character
/// JSON escapes, missing values, and scores of every magnitude.
@Suite("ResultJSONLine: a result's JSON line as the encoder writes it")
struct ResultJSONLineTests {
    static func encoded(_ result: SearchResult) throws -> String {
        String(decoding: try ResultJSON.encoder().encode(result), as: UTF8.self)
    }

    @Test("every result of searches with copies, documents, context, dates and pages",
          arguments: [SearchOptions(limit: 0), SearchOptions(limit: 0, allCopies: true),
                      SearchOptions(limit: 0, grouping: .documents), SearchOptions(limit: 0, sort: .date, context: 2)])
    func searches(options: SearchOptions) throws {
        let searcher = Searcher(database: try CorpusIndex.shared(listsCurrent: true).database)
        var compared = 0
        for query in ["法", "依法 行政", "2023年", "督察 OR 复议"] {
            for result in try searcher.search(try QueryParser.parse(query), options: options).results {
                #expect(ResultJSONLine.line(result) == (try Self.encoded(result)))
                compared += 1
            }
        }
        #expect(compared >= (options.grouping == .documents ? 18 : 100))
    }

    @Test("escapes, missing values, context passages and scores of every magnitude")
    func madeUp() throws {
        var every = ""
        for value in 0..<0x80 { every.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        every += "\u{2028}\u{2029}\u{85}\u{FEFF}😀國/\\\"法"
        let scores: [Double?] = [nil, 0, -0.0, 1, -1, 0.1, 12.345678901234567, 1e-7, 1.5e300, 1e16, 1e15, 1e15 + 1,
                                 0.000123, 5e-324, .greatestFiniteMagnitude, -.leastNormalMagnitude, 17.0000001]
        var random = SystemRandomNumberGenerator()
        let randomScores = (0..<2_000).map { _ -> Double? in
            let value = Double(bitPattern: random.next())
            return value.isFinite ? value : 0
        }
        for (index, score) in (scores + randomScores).enumerated() {
            let text = index % 2 == 0 ? every : "法治政府"
            var result = SearchResult(
                rank: index % 3 == 0 ? nil : index, score: score, citation: "a/b.txt:1:2", path: every, title: text,
                line: -index, start: index, end: Int.max, section: index % 2 == 0 ? [] : [every, "二"], text: text,
                highlights: index % 2 == 0 ? [] : [[0, 2], [3, Int.min]], date: index % 4 == 0 ? nil : "2023-01-02",
                issuer: index % 5 == 0 ? nil : every, number: index % 6 == 0 ? nil : "国发〔2021〕12号", page: index % 7 == 0 ? nil : 3)
            if index % 2 == 1 { result.copies = index % 4 == 1 ? [] : ["x:1:1", every] }
            if index % 3 == 1 { result.matches = index }
            if index % 5 == 1 {
                result.before = [ContextPassage(citation: "c:1:1", line: 1, text: every)]
                result.after = []
            }
            #expect(ResultJSONLine.line(result) == (try Self.encoded(result)), "\(index)")
        }
    }

    @Test("a score JSON cannot express gives no line, and the encoder reports it")
    func nonFinite() {
        for score in [Double.nan, .infinity, -.infinity] {
            let result = SearchResult(rank: 1, score: score, citation: "", path: "", title: "", line: 1, start: 0,
                                      end: 0, section: [], text: "", highlights: [], date: nil, issuer: nil,
                                      number: nil, page: nil)
            #expect(ResultJSONLine.line(result) == nil)
            #expect(throws: EncodingError.self) { try Self.encoded(result) }
        }
    }
}
