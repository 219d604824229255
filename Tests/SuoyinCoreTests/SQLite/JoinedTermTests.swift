import Foundation
import GRDB
import Testing
@testable import SuoyinCore
import TextAnalysis

/// The joined terms in FTS5: where the `suoyin` tokenizer puts them, that
/// they leave FTS5's row sizes alone, and that a phrase asked through one
/// matches exactly where, and as often as, FTS5's prefix query does.
@Suite("joined terms in FTS5")
struct JoinedTermTests {
    /// The terms FTS5 holds for `text` (its `fts5vocab` instances, markers
    /// shown `|`, `+` and `^`) as `"term@position"`, and FTS5's size of the row.
    private static func indexed(_ text: String) throws -> (terms: Set<String>, size: Int) {
        let queue = try DatabaseQueue()
        return try queue.write { db in
            db.add(tokenizer: SuoyinFTS5Tokenizer.self)
            try db.execute(sql: """
                CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'suoyin');
                CREATE VIRTUAL TABLE v USING fts5vocab(t, instance);
                """)
            try db.execute(sql: "INSERT INTO t(rowid, x) VALUES (1, ?)", arguments: [text])
            let terms = try Row.fetchAll(db, sql: "SELECT term, offset FROM v").map { row -> String in
                let term = (row["term"] as String).replacingOccurrences(of: Analyzer.gap, with: "|")
                    .replacingOccurrences(of: Analyzer.joined, with: "+").replacingOccurrences(of: Analyzer.joinedWord, with: "^")
                return "\(term)@\(row["offset"] as Int)"
            }
            let size = try Data.fetchOne(db, sql: "SELECT sz FROM t_docsize WHERE id = 1").map(Self.varint) ?? 0
            return (Set(terms), size)
        }
    }

    /// SQLite's varint (big-endian groups of 7 bits), the first of `data`.
    private static func varint(_ data: Data) -> Int {
        var value = 0
        for byte in data {
            value = value << 7 | Int(byte & 0x7F)
            if byte < 0x80 { break }
        }
        return value
    }

    @Test("FTS5 holds the joined term at the word's position and does not count it in the row's size", arguments: [
        ("2022年度", ["2022@0", "^2022年@0", "年度@1", "度|@2"]),
        ("第10条", ["第+@0", "10@1", "^10条@1", "条|@2"]),
        ("GDP增长", ["gdp@0", "^gdp增@0", "增长@1", "长|@2"]),
        ("2022，年", ["2022@0", "|@1", "年|@2"]),
        ("2022 年", ["2022@0", "|@1", "年|@2"]),
        ("法治2022", ["法治@0", "治+@1", "2022@2"]),
        ("GDPの", ["gdp@0", "^gdpの@0", "の|@1"]),
    ])
    func indexedTerms(text: String, expected: [String]) throws {
        let (terms, size) = try Self.indexed(text)
        #expect(terms == Set(expected))
        #expect(size == Analyzer.terms(in: text, mode: .document).count)
    }

    /// Phrases ending in a word and a lone character, most of them in the
    /// corpus, some absent; and user text that imitates an escape.
    static let phrases = ["2022年", "2021年", "2025年", "2035年", "1件", "18个", "9月", "7次", "50条", "10項", "8萬",
                          "至2022年", "在2021年", "2099年", "第10条", "gdp增", "\u{1}\u{3}2022年"]

    @Test("a phrase asked through its joined term matches FTS5's prefix query exactly, frequencies too")
    func sameMatchesAsPrefix() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let brute = try BruteForcePhrases(index)
        for text in Self.phrases {
            let phrase = try #require(QueryPhrase(text))
            #expect(phrase.asksJoinedTerm, "\(text)")
            let prefix = "\"" + phrase.source + "\"*"
            let (joined, old) = try index.database.read("test") { db in
                (try Self.frequencies(db, phrase.matchExpression), try Self.frequencies(db, prefix))
            }
            #expect(joined == old, "\(text)")
            var expected: [Int64: Int] = [:]
            for passage in brute.passages {
                let frequency = BruteForcePhrases.frequency(of: phrase, in: passage)
                if frequency > 0 { expected[passage.id] = frequency }
            }
            #expect(joined == expected, "\(text)")
            if text == "2022年" { #expect(joined.count > 5) }
        }
    }

    /// Each passage `expression` matches, with the frequency of its one phrase.
    private static func frequencies(_ db: Database, _ expression: String) throws -> [Int64: Int] {
        var found: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT rowid, suoyin_frequencies(passages_fts) FROM passages_fts WHERE passages_fts MATCH ?
            """, arguments: [expression]) {
            found[row[0]] = PhraseFrequencyFunction.counts(in: row[1] as DatabaseValue, phraseCount: 1)[0]
        }
        return found
    }

    @Test("every passage's stored length is its number of index terms without the joined ones")
    func passageLengths() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        try index.database.read("test") { db in
            let lengths = try PassageLengths(db)
            var joined = 0
            for row in try Row.fetchAll(db, sql: "SELECT id, text FROM passages") {
                let id: Int64 = row["id"]
                var utf8 = Array((row["text"] as String).utf8)
                var (plain, count) = (0, 0)
                utf8.withUnsafeMutableBufferPointer { buffer in
                    _ = BigramTokenizer().tokenizeForIndex(UnsafeBufferPointer(buffer)) { _, _, _, colocated in
                        if colocated { joined += 1 } else { plain += 1 }
                        return 0
                    }
                    count = BigramTokenizer().termCount(UnsafeBufferPointer(buffer))
                }
                #expect(lengths.length(of: id) == plain && plain == count, "\(id)")
            }
            #expect(joined > 100)
        }
    }

    @Test("searches for a word and a character equal the brute force", arguments: ["=2022年", "=第10条", "=18个", "=2022年 法治"])
    func searches(query: String) throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let parsed = try QueryParser.parse(query, scope: .passage)
        let found = Set(try Searcher(database: index.database).search(parsed, limit: 0).map(\.citation))
        let brute = try BruteForcePhrases(index)
        let expected = Set(brute.passages.filter { passage in
            parsed.positivePhrases.allSatisfy { BruteForcePhrases.frequency(of: $0, in: passage) > 0 }
        }.map(\.place.citation))
        #expect(found == expected, "\(query)")
    }
}
