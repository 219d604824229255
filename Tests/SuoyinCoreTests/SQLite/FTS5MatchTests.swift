import Foundation
import Testing
import SuoyinCore

/// Whether `query` finds a document whose only text is `content`, going the
/// whole way: file → ``Indexer`` → FTS5 with the `suoyin` tokenizer →
/// ``QueryParser`` → ``Searcher``.
private func match(_ content: String, _ query: String) throws -> Bool {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suoyin-match-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("doc.txt")
    try Data(content.utf8).write(to: file)
    let database = try IndexDatabase.openForWriting(at: folder.appendingPathComponent("i.sqlite").path)
    let summary = try Indexer(database: database, report: { _ in }).index([file.path])
    try #require(summary.added == 1 && summary.totalPassages == 1, "'\(content)' must be one passage")
    return try !Searcher(database: database).search(try QueryParser.parse(query, scope: .passage), limit: 0).isEmpty
}

/// FTS5 truth tables: one line per case, `match(document, query)`.
@Suite("FTS5 matching through the suoyin tokenizer")
struct FTS5MatchTests {
    @Test("a term matches as a contiguous phrase of bigrams")
    func phrases() throws {
        #expect(try match("法治政府", "法治"))              // a bigram at the start of a run
        #expect(try match("推进法治政府建设", "政府建设"))    // consecutive bigrams inside a run
        #expect(try match("法治政府建设", "法治政府建设"))    // the whole run
        #expect(try !match("政府法治", "法治政府"))          // both bigrams' characters, wrong order
        #expect(try !match("法治的政府", "法治政府"))        // not contiguous
        #expect(try !match("政 府", "政府"))                // a space separates: no bigram 政府
        #expect(try !match("政，府", "政府"))               // so does punctuation
    }

    @Test("a one-character term matches that character anywhere in a run")
    func oneCharacter() throws {
        #expect(try match("依法", "法"))          // last character of a run (the colocated unigram)
        #expect(try match("法治", "法"))          // first character of a run (prefix of the bigram 法治)
        #expect(try match("依法治国", "法"))      // inside a run (prefix of 法治)
        #expect(try match("a法b", "法"))          // a lone Han character between words
        #expect(try match("法", "法"))            // the whole document
        #expect(try match("政府", "府"))          // last character again
        #expect(try !match("治理", "法"))         // absent
        #expect(try !match("去", "法"))           // absent, lone
    }

    @Test("a term ending in a lone Han character matches it as a prefix")
    func trailingCharacter() throws {
        #expect(try match("2022年度", "2022年"))   // 年 is the start of the bigram 年度
        #expect(try match("2022年", "2022年"))     // 年 alone after the digits
        #expect(try match("截至2022年底", "2022年")) // digits and Han inside a longer text
        #expect(try !match("2023年度", "2022年"))  // another year
        #expect(try !match("2022度", "2022年"))    // another character
        #expect(try !match("2022，年度", "2022年")) // not contiguous: punctuation between 2022 and 年
    }

    @Test("Han and Latin words combine in one term")
    func mixedScripts() throws {
        #expect(try match("法治abc", "法治abc"))      // as written
        #expect(try match("法治ABC", "法治abc"))      // letters fold to lower case
        #expect(try match("ＧＤＰ增长", "gdp增长"))    // full-width letters fold to ASCII
        #expect(try !match("法治xyz", "法治abc"))     // another word
        #expect(try !match("法治，abc", "法治abc"))   // not contiguous: punctuation between
    }

    @Test("punctuation inside a term stands for a separator")
    func punctuationInTerm() throws {
        #expect(try match("法治、政府", "法治，政府"))  // any punctuation matches any other
        #expect(try match("法治。政府", "法治，政府"))  // a sentence end too
        #expect(try match("法治 政府", "法治，政府"))   // and a space
        // The query's bigrams 法治 + 政府 need no bigram 治政 between them, but a
        // run 法治政府 has one: a separator in the query must be in the document.
        #expect(try !match("法治政府", "法治，政府"))
        #expect(try match("法治政府", "\"法治 政府\""))  // but a quoted space also matches nothing
        #expect(try match("法治、政府", "\"法治 政府\"")) // or any separators
    }

    @Test("a phrase does not run on across a separator in the document")
    func noPhraseAcrossSeparators() throws {
        // 法治 ends one run and 治政府 starts the next; the folded text never
        // has 法治政府 contiguous, so the phrase must not match.
        #expect(try !match("依法治，治政府", "法治政府"))
    }

    @Test("traditional and simplified forms find each other")
    func traditionalAndSimplified() throws {
        #expect(try match("法治政府建设", "法治政府建設"))  // traditional query, simplified text
        #expect(try match("法治政府建設", "法治政府建设"))  // simplified query, traditional text
        #expect(try match("法治政府建設", "建設"))          // traditional both sides
        #expect(try match("行政復議", "复议"))              // 復議 folds to 复议
        #expect(try match("行政复议", "復議"))              // and the other way round
    }

    @Test("spaces AND, OR gives alternatives, a leading minus excludes")
    func booleanOperators() throws {
        #expect(try match("法治政府建设", "法治 建设"))         // both terms
        #expect(try !match("法治政府建设", "法治 督察"))        // one missing
        #expect(try match("法治政府建设", "督察 OR 法治"))      // one alternative suffices
        #expect(try !match("法治政府建设", "督察 OR 复议"))     // no alternative
        #expect(try match("法治政府建设", "法治 -督察"))        // excluded term absent
        #expect(try !match("法治政府建设", "法治 -政府"))       // excluded term present
        #expect(try !match("法治政府建设", "法治 -府"))         // an excluded character, as a prefix
        #expect(try !match("法治政府建设", "督察 OR 法治 -建设")) // exclusion applies to the whole query
        #expect(try match("法治政府建设", "复议 OR 督察 OR 建设 法治")) // three alternatives, then AND
        #expect(try match("法治政府建设", "法治 OR 督察 复议"))   // 法治 OR (督察 AND 复议): AND binds tighter
        #expect(try !match("法治政府建设", "(法治 OR 督察) 复议")) // parentheses group first
        #expect(try match("法治政府建设", "法治 －督察"))       // full-width minus
        #expect(try !match("法治政府建设", "「法治」 －政府"))   // full-width quotes and minus
    }
}
