import Foundation
import GRDB
import Testing
@testable import SuoyinCore

/// `Verifier` on small documents written for each case: passage splits,
/// punctuation inside a bigram, several places, common quotations.
@Suite("Verifier on generated documents")
struct VerifierGeneratedTests {
    /// A line of `count` distinct sentences, long enough to be cut into passages at sentence ends.
    static func longLine(_ count: Int) -> String {
        (1...count).map { "关于推进第\($0)项工作的安排已经落实到位。" }.joined()
    }

    private func verify(_ documents: [String: String], _ quote: String,
                        citation: String? = nil) throws -> (Verification, SmallIndex) {
        let index = try SmallIndex(documents)
        let cited = try citation.map { try Citation(parsing: index.folder.path + "/" + $0) }
        return (try Verifier(database: index.database).verify(quote, citation: cited), index)
    }

    @Test("a quotation across a passage split of one line verifies, cited at the passage it starts in")
    func acrossPassages() throws {
        let index = try SmallIndex(["a.txt": Self.longLine(30) + "\n"])
        defer { index.remove() }
        let passages = try index.database.read("test") { db in
            try Row.fetchAll(db, sql: "SELECT line, column, text FROM passages ORDER BY id").map {
                (line: $0["line"] as Int, column: $0["column"] as Int, text: $0["text"] as String)
            }
        }
        try #require(passages.count >= 2 && passages[0].line == passages[1].line)
        // The last 8 characters of the first passage and the first 8 of the second.
        let quote = String(passages[0].text.suffix(8)) + String(passages[1].text.prefix(8))
        let result = try Verifier(database: index.database).verify(quote)
        #expect(result.verified)
        let place = try #require(result.places.first)
        #expect(place.citation == "\(index.folder.path)/a.txt:1:\(passages[0].column)")
        #expect(place.column == passages[0].text.unicodeScalars.count - 8 + 1)
        #expect(place.text == quote)
        #expect(result.places.count == 1)
    }

    @Test("punctuation the document puts inside a bigram, left out of the quotation, still verifies")
    func punctuationInsideBigram() throws {
        let (result, index) = try verify(["a.txt": "各部门坚持依法，行政决策公开透明。\n"], "坚持依法行政决策")
        defer { index.remove() }
        #expect(result.verified)
        #expect(result.places.map(\.text) == ["坚持依法，行政决策"])
    }

    @Test("letters and digits: case, width and the punctuation between them are ignored")
    func lettersAndDigits() throws {
        let (result, index) = try verify(["a.txt": "全年地区GDP增长5.5%，高于预期。\n"], "ＧＤＰ增长5.5")
        defer { index.remove() }
        #expect(result.verified)
        #expect(result.places.map(\.text) == ["GDP增长5.5"])
    }

    @Test("every place is listed, by path then position")
    func severalPlaces() throws {
        let text = "一是坚持依法行政决策。\n二是坚持依法行政决策。\n"
        let (result, index) = try verify(["b.txt": text, "a.txt": text], "坚持依法行政决策")
        defer { index.remove() }
        #expect(result.verified)
        #expect(result.places.map { "\(URL(fileURLWithPath: $0.path).lastPathComponent):\($0.line):\($0.column)" }
            == ["a.txt:1:3", "a.txt:2:3", "b.txt:1:3", "b.txt:2:3"])
    }

    @Test("with a citation, the places at it come first")
    func citedPlaceFirst() throws {
        let text = "一是坚持依法行政决策。\n二是坚持依法行政决策。\n"
        let (result, index) = try verify(["a.txt": text], "坚持依法行政决策", citation: "a.txt:2:1")
        defer { index.remove() }
        #expect(result.verified)
        #expect(result.places.map(\.line) == [2, 1])
    }

    @Test("an ellipsis place is the shortest stretch: the later of two first segments")
    func shortestEllipsis() throws {
        let (result, index) = try verify(["a.txt": "甲乙丙丁，其他。甲乙丙丁，另外。戊己庚辛。\n"], "甲乙丙丁……戊己庚辛")
        defer { index.remove() }
        #expect(result.verified)
        let place = try #require(result.places.first)
        #expect(place.column == 9)
        #expect(place.segments == [[8, 12], [16, 20]])
        #expect(place.text == "甲乙丙丁……戊己庚辛")
    }

    @Test("a quotation too common for a rare term is found by its phrase; past 20 places, the rest are counted")
    func commonQuotation() throws {
        let text = (1...300).map { _ in "推进法治政府建设" }.joined(separator: "\n") + "\n"
        let (result, index) = try verify(["a.txt": text], "法治政府")
        defer { index.remove() }
        #expect(result.verified)
        #expect(result.places.count == Verifier.maximumPlaces)
        #expect(result.more == 300 - Verifier.maximumPlaces)
        #expect(result.places.map(\.line) == Array(1...20))
    }

    @Test("a near miss's diff rebuilds both texts: its text parts the stretch, its quote parts the quotation")
    func diffRebuildsTexts() throws {
        let quote = "“坚持依法行政、决定公开”"
        let (result, index) = try verify(["a.txt": "各部门坚持依法，行政决策，公开透明。\n"], quote)
        defer { index.remove() }
        #expect(!result.verified)
        let nearest = try #require(result.nearest.first)
        #expect(nearest.diff.map(\.text).joined() == nearest.text)
        #expect(nearest.diff.map(\.quote).joined() == "坚持依法行政、决定公开")
        #expect(nearest.text == "坚持依法，行政决策，公开")
        #expect(nearest.diff == [
            DiffPart(kind: .same, text: "坚持依法，行政决", quote: "坚持依法行政、决"),
            DiffPart(kind: .changed, text: "策，", quote: "定"),
            DiffPart(kind: .same, text: "公开", quote: "公开"),
        ])
    }

    @Test("a quotation across many short lines verifies: the window around a candidate widens until it holds it all")
    func acrossManyShortLines() throws {
        let lines = (1...120).map { "第\($0)条规定甲乙丙丁。" }
        let (result, index) = try verify(["a.txt": lines.joined(separator: "\n") + "\n"], lines[40...99].joined())
        defer { index.remove() }
        #expect(result.verified)
        let place = try #require(result.places.first)
        #expect(place.line == 41 && place.column == 1)
        // From its first content character to its last: the final 。 is not part of it.
        #expect(place.text == String(lines[40...99].joined(separator: "\n").dropLast()))
        #expect(result.places.count == 1)
    }
}
