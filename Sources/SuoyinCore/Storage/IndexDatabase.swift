import Foundation
import GRDB

/// An open Suoyin index file: one SQLite database with an FTS5 table.
///
/// Opening checks that the file really is a Suoyin index built by this
/// analyzer; it never modifies a file that is not one.
public final class IndexDatabase: Sendable {
    /// The index file's path, as given.
    public let path: String
    let queue: DatabaseQueue
    /// Passage lengths for ranking, read once while the index is unchanged.
    let lengthsCache = PassageLengthsCache()
    /// Documents as passage id ranges for totals, grouping and sorting, read once while the index is unchanged.
    let spansCache = IndexVersionCache { try DocumentSpans($0) }
    /// The lines cut into several passages, for searches within a paragraph, read once while the index is unchanged.
    let paragraphsCache = IndexVersionCache { try UnitRanges(paragraphsIn: $0) }
    /// Dense phrases' frequencies, each decoded once while the index is unchanged.
    let denseCache = DenseFrequenciesCache()

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// The default index path: `$SUOYIN_INDEX`, else `Index/suoyin.sqlite`.
    public static var defaultPath: String {
        let fromEnvironment = ProcessInfo.processInfo.environment["SUOYIN_INDEX"] ?? ""
        return fromEnvironment.isEmpty ? "Index/suoyin.sqlite" : fromEnvironment
    }

    /// Sets up a connection as every Suoyin connection is: registers the
    /// `suoyin` tokenizer and the SQL functions, and sets the connection's pragmas. Tools that open
    /// an index themselves (the benchmark) call it from GRDB's `prepareDatabase`.
    public static func prepareConnection(_ db: Database) throws {
        db.add(tokenizer: SuoyinFTS5Tokenizer.self)
        try PhraseFrequencyFunction.register(db)
        FoldedKeyFunction.register(db)
        // A bigger cache keeps FTS5's merges in memory.
        try db.execute(sql: "PRAGMA cache_size = -65536")
    }

    /// Opens the existing index at `path` for reading and searching.
    ///
    /// `mapped` (a search process) reads the file through a memory mapping;
    /// otherwise (each of a server's connections, which live long) pages are
    /// copied into a page cache of ``boundedCacheKilobytes``, so that the
    /// process's resident memory stays bounded however much of the index its
    /// searches touch (the system's file cache keeps the file's pages anyway).
    public static func open(at path: String, mapped: Bool = true) throws(SuoyinError) -> IndexDatabase {
        guard FileManager.default.fileExists(atPath: path) else { throw .noIndex(path: path) }
        let database = try connect(path)
        let state = try database.inspect()
        switch state {
        case .empty: throw .noIndex(path: path)
        case .index(let stamp): try database.check(stamp)
        }
        // An index made before a later migration (such as `documents.pageLines`)
        // gets it now: each one adds an empty column or table, in a moment.
        if let complete = try? database.queue.read(IndexSchema.migrator.hasCompletedMigrations), !complete {
            do {
                try IndexSchema.migrator.migrate(database.queue)
            } catch {
                throw .database(path: path, operation: "update the index's tables", message: reason(error))
            }
        }
        // Searches read pages straight from the file's mapping rather than
        // copying them in with a system call each (a fresh `suoyin search`
        // process reads every page it needs: 5 % of its time, measured).
        let memory = mapped ? "PRAGMA mmap_size = \(Self.mappedBytes)" : "PRAGMA cache_size = -\(Self.boundedCacheKilobytes)"
        try? database.queue.inDatabase { db in try db.execute(sql: memory) }
        return database
    }

    /// The page cache of a connection that does not map the file.
    static let boundedCacheKilobytes = 16_384

    /// How much of the index file a searching connection maps into memory.
    static let mappedBytes = 1 << 30

    /// Opens the index at `path` for writing, creating it (and its folder)
    /// when there is none.
    public static func openForWriting(at path: String) throws(SuoyinError) -> IndexDatabase {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let database = try connect(path)
        switch try database.inspect() {
        case .empty:
            try database.useJournal(Self.journalMode)
            try database.create()
        case .index(let stamp):
            try database.check(stamp)
            try database.useJournal("WAL")
            try database.mappingErrors("update the index's tables") { try IndexSchema.migrator.migrate(database.queue) }
        }
        return database
    }

    /// After a run into an existing index: back to the rollback journal, so
    /// that the index is again one self-contained file. Never waits: while
    /// another connection has read it in WAL mode and is still open (a
    /// `suoyin serve`), the file stays in WAL mode, which does it no harm,
    /// and the next run tries again.
    public func leaveWriteAheadLog() {
        try? queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA busy_timeout = 0")
            defer { try? db.execute(sql: "PRAGMA busy_timeout = \(Self.busySeconds * 1000)") }
            try db.execute(sql: "PRAGMA journal_mode = \(Self.journalMode)")
        }
    }

    private static func connect(_ path: String) throws(SuoyinError) -> IndexDatabase {
        var configuration = Configuration()
        configuration.busyMode = .timeout(TimeInterval(busySeconds))
        configuration.prepareDatabase(prepareConnection)
        do {
            return IndexDatabase(path: path, queue: try DatabaseQueue(path: path, configuration: configuration))
        } catch {
            throw .notAnIndex(path: path, reason: IndexDatabase.reason(error))
        }
    }

    /// How long a connection waits for another's lock before giving up.
    static let busySeconds = 30

    /// The journal mode of a new index and the synchronous setting of
    /// connections that write (see `useJournal`); the benchmark's baseline uses them too.
    public static let journalMode = "TRUNCATE"
    public static let synchronous = "NORMAL"

    /// A new index is written with a rollback journal rather than WAL: a bulk
    /// load writes each page once instead of twice (into the WAL, then from
    /// it), 6 s of 28 on 200 MB, and nobody reads it until it is there.
    /// A run into an existing index writes through WAL, so that searches and
    /// `suoyin serve` go on reading while it writes, commits and merges,
    /// instead of waiting for its locks (seconds at a time during a merge);
    /// ``leaveWriteAheadLog()`` ends that mode. NORMAL loses no committed
    /// batch when the process is killed; a power cut at the wrong moment
    /// could damage the file, which is then refused with a message to
    /// rebuild it (the index is derived from the documents).
    private func useJournal(_ mode: String) throws(SuoyinError) {
        do {
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = \(mode); PRAGMA synchronous = \(Self.synchronous)")
            }
        } catch {
            throw .notAnIndex(path: path, reason: IndexDatabase.reason(error))
        }
    }

    private enum State { case empty, index(AnalyzerStamp) }

    /// What the file holds: nothing yet, or a Suoyin index with its stamp.
    private func inspect() throws(SuoyinError) -> State {
        do {
            return try queue.read { db -> State in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if tables.isEmpty { return .empty }
                guard tables.contains("meta"), tables.contains("passages_fts") else {
                    throw SuoyinError.notAnIndex(path: path, reason: "it is an SQLite database without Suoyin's tables")
                }
                let meta = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM meta")
                    .map { (row: Row) -> (String, String) in (row["key"], row["value"]) })
                guard meta["format"] == IndexSchema.format else {
                    throw SuoyinError.notAnIndex(path: path, reason: "its meta table does not name Suoyin")
                }
                return .index(AnalyzerStamp(version: Int(meta["analyzerVersion"] ?? "") ?? 0,
                                            foldTableHash: meta["foldTableHash"] ?? "?"))
            }
        } catch let error as SuoyinError {
            throw error
        } catch {
            throw .notAnIndex(path: path, reason: IndexDatabase.reason(error))
        }
    }

    private func check(_ stamp: AnalyzerStamp) throws(SuoyinError) {
        guard stamp == .current else {
            throw .staleIndex(path: path, found: stamp.description, expected: AnalyzerStamp.current.description)
        }
    }

    private func create() throws(SuoyinError) {
        do {
            // Larger pages hold more of FTS5's doclists per read; UTF-16 stores
            // Chinese text in two bytes a character instead of three (a third
            // less for the passages); incremental auto-vacuum lets a run give
            // back the pages FTS5's final merge frees (``SegmentMerging``).
            // All must be set before the first table.
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA page_size = 8192")
                try db.execute(sql: "PRAGMA auto_vacuum = INCREMENTAL")
                try db.execute(sql: "PRAGMA encoding = 'UTF-16le'")
            }
            try IndexSchema.migrator.migrate(queue)
            try queue.write { db in
                let stamp = AnalyzerStamp.current
                try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('analyzerVersion', ?), ('foldTableHash', ?)",
                               arguments: [String(stamp.version), stamp.foldTableHash])
            }
        } catch {
            throw .database(path: path, operation: "create the index", message: IndexDatabase.reason(error))
        }
    }

    /// Runs `body` in a read transaction, mapping database errors.
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws(SuoyinError) -> T {
        try mappingErrors(operation, inRead: true) { try queue.read(body) }
    }

    /// Runs `body` outside any transaction (each statement commits on its
    /// own; `PRAGMA incremental_vacuum` needs that), mapping database errors.
    func writeWithoutTransaction<T>(_ operation: String, _ body: (Database) throws -> T) throws(SuoyinError) -> T {
        defer { lengthsCache.clear(); spansCache.clear(); paragraphsCache.clear(); denseCache.clear() }
        return try mappingErrors(operation) { try queue.writeWithoutTransaction(body) }
    }

    /// Runs `body` in a write transaction, mapping database errors.
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws(SuoyinError) -> T {
        defer { lengthsCache.clear(); spansCache.clear(); paragraphsCache.clear(); denseCache.clear() }
        return try mappingErrors(operation) { try queue.write(body) }
    }

    /// Runs `body`; a ``SuoyinError`` passes through, an FTS5 expression
    /// error in a read (`inRead`) becomes ``SuoyinError/searchFailed(path:operation:message:)``,
    /// any other error ``SuoyinError/database(path:operation:message:)``,
    /// naming this index and `operation`, with a short reason instead of SQL.
    private func mappingErrors<T>(
        _ operation: String, inRead: Bool = false, _ body: () throws -> T
    ) throws(SuoyinError) -> T {
        do {
            return try body()
        } catch let error as SuoyinError {
            throw error
        } catch let error as DatabaseError where inRead && IndexDatabase.isExpressionError(error) {
            // An FTS5 error in a read is about the expression Suoyin built, not the index: no rebuild helps.
            throw .searchFailed(path: path, operation: operation, message: IndexDatabase.reason(error))
        } catch {
            throw .database(path: path, operation: operation, message: IndexDatabase.reason(error))
        }
    }

    /// Whether SQLite refused an FTS5 expression (FTS5 says "fts5: syntax error near …",
    /// "unterminated string", …): a fault in the query Suoyin built, never in the index.
    static func isExpressionError(_ error: DatabaseError) -> Bool {
        guard error.resultCode == .SQLITE_ERROR, let message = error.message else { return false }
        return message.hasPrefix("fts5:") || message == "unterminated string"
    }

    /// A short human reason for a database error, without SQL.
    static func reason(_ error: any Error) -> String {
        guard let error = error as? DatabaseError else { return String(describing: error) }
        switch error.resultCode {
        case .SQLITE_NOTADB: return "not an SQLite database"
        case .SQLITE_CORRUPT: return "the database file is damaged"
        case .SQLITE_CANTOPEN: return "the file cannot be opened"
        case .SQLITE_READONLY: return "the file is read-only"
        case .SQLITE_FULL: return "the disk is full"
        case .SQLITE_BUSY, .SQLITE_LOCKED: return "the database is busy"
        default: return error.message ?? "SQLite error \(error.resultCode.rawValue)"
        }
    }
}

extension IndexDatabase {
    /// Closes the connection.
    func close() throws(SuoyinError) {
        try mappingErrors("close the index") { try queue.close() }
    }
}
