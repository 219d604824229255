import GRDB

/// The baseline: the same passages in a plain FTS5 table with SQLite's own
/// trigram tokenizer, `CREATE VIRTUAL TABLE t USING fts5(text, tokenize='trigram')`,
/// in a file of its own with the Suoyin index's page size, text encoding,
/// journal mode, synchronous and cache size, written in the same transactions.
///
/// Queries are what a user of such a table writes: quoted phrases in a
/// MATCH ranked by BM25 when every term has three characters or more, else
/// `LIKE '%term%'`, unranked; the trigram index serves the terms of three
/// characters or more and the shorter ones are a scan. The trigram tokenizer does not fold traditional and simplified
/// forms, so a query finds only the script it is typed in.
struct BaselineIndex {
    /// How the baseline answers one query.
    struct Plan {
        /// `MATCH` or `LIKE`.
        var method: String
        var topSQL: String
        var countSQL: String
        var arguments: StatementArguments
    }

    let path: String
    private let queue: DatabaseQueue

    init(path: String, settings: SQLiteSettings) throws(BenchError) {
        self.path = path
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = \(settings.synchronous)")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(settings.walAutocheckpoint)")
            try db.execute(sql: "PRAGMA cache_size = \(settings.cacheSize)")
        }
        queue = try BenchError.database(path, "open the baseline") {
            try DatabaseQueue(path: path, configuration: configuration)
        }
    }

    /// Creates the table and writes every passage of `index` into it, batch
    /// by batch; only the inserts and commits are timed.
    static func build(
        at path: String, from index: IndexFile, settings: SQLiteSettings, inputBytes: Int
    ) throws(BenchError) -> BuildMeasurement {
        let queue = try BaselineIndex(path: path, settings: settings).queue
        try BenchError.database(path, "create the baseline") {
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA page_size = \(settings.pageSize)")
                try db.execute(sql: "PRAGMA encoding = '\(settings.encoding)'")
                try db.execute(sql: "PRAGMA journal_mode = \(settings.journalMode)")
                try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(text, tokenize='trigram')")
            }
        }
        let memory = MemoryWindow.open()
        var seconds = 0.0
        var passages = 0
        try index.forEachBatch { batch throws(BenchError) in
            passages += batch.passages.count
            seconds += try Stopwatch.time { () throws(BenchError) in
                try BenchError.database(path, "insert passages") {
                    try queue.write { db in
                        let insert = try db.cachedStatement(sql: "INSERT INTO t(rowid, text) VALUES (?, ?)")
                        for passage in batch.passages {
                            try insert.execute(arguments: [passage["id"] as Int64, passage["text"] as String])
                        }
                    }
                }
            }.seconds
        }
        let window = memory.closed()
        try BenchError.database(path, "close the baseline") { try queue.close() }
        return BuildMeasurement(seconds: seconds, inputBytes: inputBytes, passages: passages, memory: window, indexPath: path)
    }

    /// The SQL a user of the trigram table would run for `query`; nil for
    /// the query language's classes (NEAR in characters, numeral forms,
    /// paragraphs), which such a table cannot answer as asked.
    func plan(for query: BenchQuery) -> Plan? {
        guard [.phrase, .and, .or, .not].contains(query.kind) else { return nil }
        if query.terms.allSatisfy({ $0.unicodeScalars.count >= 3 }) {
            let phrases = query.terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            let expression: String
            switch query.kind {
            case .phrase: expression = phrases[0]
            case .and: expression = phrases.joined(separator: " AND ")
            case .or: expression = phrases.joined(separator: " OR ")
            case .not: expression = phrases[0] + " NOT " + phrases[1]
            case .expression, .numeral: return nil
            }
            return Plan(
                method: "MATCH",
                topSQL: "SELECT rowid, bm25(t) FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT 10",
                countSQL: "SELECT count(*) FROM t WHERE t MATCH ?",
                arguments: [expression])
        }
        // A unary + keeps SQLite from handing a short pattern to FTS5: SQLite 3.40's trigram
        // table returns no rows for `text LIKE '%法%'` (see ``plainLikeCount(_:)``).
        let predicates = query.terms.map { ($0.unicodeScalars.count >= 3 ? "text" : "+text") + " LIKE ?" }
        let condition: String
        switch query.kind {
        case .phrase: condition = predicates[0]
        case .and: condition = predicates.joined(separator: " AND ")
        case .or: condition = "(" + predicates.joined(separator: " OR ") + ")"
        case .not: condition = predicates[0] + " AND NOT " + predicates[1]
        case .expression, .numeral: return nil
        }
        return Plan(
            method: "LIKE",
            topSQL: "SELECT rowid FROM t WHERE \(condition) LIMIT 10",
            countSQL: "SELECT count(*) FROM t WHERE \(condition)",
            arguments: StatementArguments(query.terms.map { "%" + $0 + "%" }))
    }

    /// The top 10 rows of `plan`, as a user would fetch them.
    func top(_ plan: Plan) throws(BenchError) -> [Row] {
        try BenchError.database(path, "search the baseline") {
            try queue.read { db in try Row.fetchAll(db.cachedStatement(sql: plan.topSQL), arguments: plan.arguments) }
        }
    }

    /// How many passages `text LIKE '%term%'` finds when FTS5 is left to answer it,
    /// as most users would write it: SQLite 3.40 finds none for short Han terms.
    func plainLikeCount(_ term: String) throws(BenchError) -> Int {
        try BenchError.database(path, "count baseline matches") {
            try queue.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM t WHERE text LIKE ?", arguments: ["%" + term + "%"]) ?? 0
            }
        }
    }

    /// How many passages `plan` matches.
    func count(_ plan: Plan) throws(BenchError) -> Int {
        try BenchError.database(path, "count baseline matches") {
            try queue.read { db in try Int.fetchOne(db, sql: plan.countSQL, arguments: plan.arguments) ?? 0 }
        }
    }
}
