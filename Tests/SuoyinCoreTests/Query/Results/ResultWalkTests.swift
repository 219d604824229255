import GRDB
import Testing
@testable import SuoyinCore

/// A page left short by folding asks for the phrase lists' depth first,
/// which the lists still rank, before asking four times as many.
@Suite("ResultWalk: folding copies, and how many passages a short page asks for next")
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

    /// A ranked passage `id` of document 1 with `text` and the stored copy key `stored`.
    static func passage(_ id: Int64, _ text: String, stored: Int64?) -> RankedRecords.Ranked {
        // In the order of PassageRecord.columns, which a record reads by index.
        let row: Row = ["line": Int(id), "column": 1, "start": 0, "headings": nil, "text": text, "copyKey": stored,
                        "path": "a.txt", "title": "A", "date": nil, "issuer": nil, "number": nil, "pageLines": nil]
        return RankedRecords.Ranked(id: id, record: PassageRecord(row: row), bm25: -1)
    }

    @Test("copies fold by their keys: equal stored keys with other texts stay apart, a copy folds into the first, an empty key never folds")
    func foldsCopiesByKey() throws {
        let passages = [
            Self.passage(1, "依法行政。", stored: DuplicateKey("依法行政").stored),
            // The same stored key (a hash collision, made up) with another text: not a copy.
            Self.passage(2, "建设法治政府", stored: DuplicateKey("依法行政").stored),
            Self.passage(3, "依法行政", stored: DuplicateKey("依法行政").stored),
            Self.passage(4, "建設法治政府！", stored: DuplicateKey("依法行政").stored),
            Self.passage(5, "。", stored: nil),
            Self.passage(6, "！", stored: nil),
            // A stretch of passages has no stored key: its own text makes it.
            Self.passage(7, "依法 行政", stored: nil),
        ]
        // Folding reads an earlier result's text from the index when a later one's stored key meets it.
        let database = try DatabaseQueue()
        try database.write { db in
            try db.execute(sql: "CREATE TABLE documents(firstPassage INTEGER, lastPassage INTEGER)")
            try db.execute(sql: "INSERT INTO documents VALUES (1, 9)")
            try db.execute(sql: "CREATE TABLE passages(id INTEGER PRIMARY KEY, text TEXT)")
            for passage in passages {
                try db.execute(sql: "INSERT INTO passages VALUES (?, ?)", arguments: [passage.id, passage.record.text])
            }
            let spans = try DocumentSpans(db)
            let walk = ResultWalk(db: db, options: SearchOptions(limit: 0), spans: spans)
            #expect(try walk.page { _ in (passages, true) }.map(\.passage.id) == [1, 2, 5, 6])
            let every = ResultWalk(db: db, options: SearchOptions(limit: 0, allCopies: true), spans: spans)
            #expect(try every.page { _ in (passages, true) }.map(\.passage.id) == [1, 2, 3, 4, 5, 6, 7])
        }
    }
}
