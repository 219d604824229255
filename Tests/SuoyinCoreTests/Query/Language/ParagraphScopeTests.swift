import Foundation
import GRDB
import Testing
@testable import SuoyinCore

/// Terms joined by AND stand together in a paragraph (a line), a passage or
/// a document; a paragraph whose terms fell into different passages of a
/// long line gives the stretch of the line between them.
@Suite("AND within a paragraph")
struct ParagraphScopeTests {
    /// One line of two passages' worth: 依法治国 in the first sentences, 行政管理 in the last, a space between sentences.
    static let line = (1...30).map { "第\($0)句话说的是道理。 " }.joined() + "这一句说依法治国。 " + (1...20).map { "第\($0)句话说的是道理。 " }.joined() + "末句讲行政管理。"
    static let text = "标题\n" + line + "\n依法治国与行政管理。\n"

    @Test("a stretch: exactly document[start:end] on one line, cited at its first passage, scored as one")
    func stretch() throws {
        let index = try SmallIndex(["a.txt": Self.text])
        defer { index.remove() }
        let passages = try index.database.read("test") { db in
            try Row.fetchAll(db, sql: "SELECT line, column, start, text FROM passages ORDER BY id")
        }
        let onLine2 = passages.filter { $0["line"] as Int == 2 }
        #expect(onLine2.count >= 2, "the long line must be cut into passages")

        let results = try index.search("依法治国 行政管理")
        #expect(results.map(\.line) .sorted() == [2, 3])
        let stretch = try #require(results.first { $0.line == 2 })
        let scalars = Array(Self.text.unicodeScalars)
        #expect(stretch.text == String(String.UnicodeScalarView(scalars[stretch.start..<stretch.end])))
        #expect(stretch.text.hasPrefix("这一句说依法治国") || stretch.text.contains("依法治国"))
        #expect(stretch.text.hasSuffix("末句讲行政管理。"))
        // Cited at the passage the stretch starts in, which holds 依法治国.
        let first = try #require(onLine2.first { ($0["text"] as String).contains("依法治国") })
        #expect(stretch.citation.hasSuffix(":2:\(first["column"] as Int)"))
        #expect(stretch.start == first["start"] as Int)
        let marked = stretch.highlights.map { String(String.UnicodeScalarView(Array(stretch.text.unicodeScalars)[$0[0]..<$0[1]])) }
        #expect(marked == ["依法治国", "行政管理"])

        // Within a passage only line 3 has both; within the document, every passage with either term.
        #expect(try index.search("依法治国 行政管理", scope: .passage).map(\.line) == [3])
        let inDocument = try index.search("依法治国 行政管理", scope: .document)
        #expect(inDocument.count == 3)
        #expect(inDocument.allSatisfy { $0.text.contains("依法治国") || $0.text.contains("行政管理") })
    }

    @Test("an exclusion leaves out the whole paragraph; within a passage only the passage")
    func exclusionInParagraph() throws {
        let index = try SmallIndex(["a.txt": Self.text])
        defer { index.remove() }
        #expect(try index.search("依法治国 NOT 行政管理").isEmpty)
        #expect(try index.search("依法治国 NOT 行政管理", scope: .passage).map(\.line) == [2])
        #expect(try index.search("依法治国 NOT 标题", scope: .document).isEmpty)
    }

    @Test("NEAR across the cut between two passages of a line is found within a paragraph, not within a passage")
    func nearAcrossPassages() throws {
        // Sentences of 12 characters: the 25th ends at 300, where the line is cut.
        let fillers = (10..<34).map { "第\($0)句话说的是道理。 " }.joined()
        let line = fillers + "甲乙依法治国。" + "行政管理第一句。" + fillers
        let index = try SmallIndex(["a.txt": line + "\n"])
        defer { index.remove() }
        let passages = try index.database.read("test") { db in try String.fetchAll(db, sql: "SELECT text FROM passages ORDER BY id") }
        let first = try #require(passages.firstIndex { $0.contains("依法治国") })
        let second = try #require(passages.firstIndex { $0.contains("行政管理") })
        try #require(first + 1 == second, "the two words must fall on both sides of a cut: \(passages)")
        #expect(try index.search("依法治国 NEAR/2 行政管理").count == 1)
        #expect(try index.search("依法治国 NEAR/0 行政管理").isEmpty)  // 。 and a space stand between
        #expect(try index.search("依法治国 NEAR/2 行政管理", scope: .passage).isEmpty)
    }
}
